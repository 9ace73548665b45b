package dev.botwright.internal.client;

import dev.botwright.internal.logging.Redaction;
import dev.botwright.spi.GitHubExchange;
import dev.botwright.spi.GitHubRequestHook;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole bot's dry run ({@code botwright.dry-run}, {@code BOTWRIGHT_DRY_RUN=true}): reads go to
 * GitHub; each write is logged at INFO with its route, path and redacted body, and answered with
 * the {@link DryRunTransport#emptyAnswer() empty answer} the {@code receive} command's dry run
 * gives. A token mint is let through, as reads need the token, and so is a GraphQL query that is
 * not a mutation. The innermost hook, so the others see the synthetic answer.
 */
@Context
@Requires(property = DryRunHook.PROPERTY, value = "true")
final class DryRunHook implements GitHubRequestHook {

  static final String PROPERTY = "botwright.dry-run";

  private static final Logger LOG = LoggerFactory.getLogger(DryRunHook.class);
  private static final String MINT = "/app/installations/{installation_id}/access_tokens";
  private static final Pattern MUTATION =
      Pattern.compile("\"query\"\\s*:\\s*\"\\s*mutation\\b", Pattern.CASE_INSENSITIVE);

  DryRunHook() {
    LOG.warn(
        "Dry run is on ({}=true): writes to GitHub are logged and answered as if they succeeded,"
            + " not sent",
        PROPERTY);
  }

  @Override
  public GitHubExchange.Response around(GitHubExchange.Request request, Chain chain) {
    if (!isWrite(request)) {
      return chain.proceed(request);
    }
    String body =
        request.body().map(bytes -> " " + new String(bytes, StandardCharsets.UTF_8)).orElse("");
    LOG.info(
        "dry run: not sent: {} {} {}{}",
        request.method(),
        request.route(),
        request.uri().getRawPath(),
        Redaction.redact(body));
    HttpExchange empty = DryRunTransport.emptyAnswer();
    return new GitHubExchange.Response(empty.status(), empty.headers(), empty.body());
  }

  private static boolean isWrite(GitHubExchange.Request request) {
    return switch (request.method()) {
      case "GET", "HEAD", "OPTIONS" -> false;
      case "POST" -> !request.route().equals(MINT) && !isGraphqlQuery(request);
      default -> true;
    };
  }

  private static boolean isGraphqlQuery(GitHubExchange.Request request) {
    return request.route().equals("/graphql")
        && request
            .body()
            .map(bytes -> !MUTATION.matcher(new String(bytes, StandardCharsets.UTF_8)).find())
            .orElse(true);
  }

  @Override
  public int getOrder() {
    return LOWEST_PRECEDENCE;
  }
}
