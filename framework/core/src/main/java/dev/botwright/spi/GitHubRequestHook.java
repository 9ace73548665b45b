package dev.botwright.spi;

import io.micronaut.core.order.Ordered;

/**
 * Observes or wraps every request a GitHub client of this process sends: the app's, each
 * installation's (token mints included), each user's. Declare beans of this type; they run in
 * {@link Ordered#getOrder() order}, the lowest first and outermost, around every attempt, so a
 * request GitHub answered 502 and that was retried passes each hook twice, with {@link
 * GitHubExchange.Request#attempt()} 1 then 2.
 *
 * <p>A hook may observe (log, audit, count), add headers ({@link
 * GitHubExchange.Request#withHeader}), or answer by itself without calling {@link Chain#proceed} (a
 * circuit breaker, a dry run). The request it sees has no {@code Authorization} header: the
 * credential is added after the last hook. An exception a hook throws fails that request with a
 * {@link dev.botwright.github.GitHubApiException} naming the hook; the bot goes on.
 *
 * <pre>{@code
 * @Singleton
 * final class AuditHook implements GitHubRequestHook {
 *   public GitHubExchange.Response around(GitHubExchange.Request request, Chain chain) {
 *     GitHubExchange.Response response = chain.proceed(request.withHeader("X-Audit", "bot"));
 *     LOG.info("{} {} -> {}", request.method(), request.route(), response.status());
 *     return response;
 *   }
 * }
 * }</pre>
 */
public interface GitHubRequestHook extends Ordered {

  /**
   * Handles one attempt of a request.
   *
   * @param request the attempt, without its credential
   * @param chain the next hooks and then GitHub
   * @return the answer, GitHub's through {@code chain} or the hook's own
   */
  GitHubExchange.Response around(GitHubExchange.Request request, Chain chain);

  /** What comes after a hook: the next hooks, then the HTTP request to GitHub. */
  @FunctionalInterface
  interface Chain {

    /**
     * Sends {@code request} on.
     *
     * @param request the attempt to send, usually the one given or one {@link
     *     GitHubExchange.Request#withHeader with a header more}
     * @return the answer of the next hook or of GitHub, for any status
     */
    GitHubExchange.Response proceed(GitHubExchange.Request request);
  }
}
