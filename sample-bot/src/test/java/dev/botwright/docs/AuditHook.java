package dev.botwright.docs;

import dev.botwright.spi.GitHubExchange;
import dev.botwright.spi.GitHubRequestHook;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A request hook: tags every request and logs every attempt with its answer's status. */
@Singleton
@Requires(property = "docs.audit-hook", value = "true")
final class AuditHook implements GitHubRequestHook {

  private static final Logger LOG = LoggerFactory.getLogger(AuditHook.class);

  @Override
  public GitHubExchange.Response around(GitHubExchange.Request request, Chain chain) {
    GitHubExchange.Response response = chain.proceed(request.withHeader("X-Audit", "my-bot"));
    LOG.info(
        "{} {} attempt {} -> {}",
        request.method(),
        request.route(),
        request.attempt(),
        response.status());
    return response;
  }

  @Override
  public int getOrder() {
    return 10;
  }
}
