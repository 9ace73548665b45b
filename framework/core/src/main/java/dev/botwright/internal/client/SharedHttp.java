package dev.botwright.internal.client;

import dev.botwright.config.ClientConfiguration;
import dev.botwright.config.GitHubApiConfiguration;
import dev.botwright.github.GitHubClient;
import dev.botwright.internal.auth.AppJwt;
import dev.botwright.internal.metrics.BotwrightMetrics;
import dev.botwright.internal.tracing.Tracing;
import dev.botwright.spi.GitHubRequestHook;
import dev.botwright.spi.GitHubResponseCache;
import dev.botwright.spi.WriteSlots;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.OrderUtil;
import io.micronaut.json.JsonMapper;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What every GitHub client of this process shares: one HTTP client for the configured base URL, one
 * request executor (user agent, concurrency cap, write pacer, error mapping) and the app's
 * authorizer. It needs no installation token, so the token minter's app-JWT requests ({@link
 * DefaultAppJwtExecutor}) and the installation clients that use those tokens both build on it
 * without depending on each other.
 */
@Singleton
final class SharedHttp {

  final Endpoints endpoints;
  final RequestExecutor executor;
  final RequestAuthorizer appAuthorizer;
  final boolean dryRun;
  final @Nullable WorkflowToken workflowToken;
  final Clock clock;
  private final Transport transport;

  /**
   * {@code slots} is the {@link WriteSlots} bean (this process's own unless one is declared), and
   * every installation's rate limit is recorded into {@code quotas}. With a {@link DryRun} bean no
   * request leaves the process and no token is minted; with a {@link WorkflowToken} bean every
   * client authenticates with that token. The {@link GitHubRequestHook} beans wrap every attempt.
   */
  @Inject
  SharedHttp(
      GitHubApiConfiguration api,
      ClientConfiguration config,
      JsonMapper mapper,
      AppJwt jwt,
      @Value("${micronaut.application.name:}") String applicationName,
      WriteSlots slots,
      RateLimitQuotas quotas,
      BotwrightMetrics metrics,
      Tracing tracing,
      @Nullable DryRun dryRun,
      @Nullable WorkflowToken workflowToken,
      @Nullable GitHubResponseCache responseCache,
      List<GitHubRequestHook> hooks) {
    this(
        api,
        config,
        mapper,
        jwt,
        Clock.systemUTC(),
        Sleeper.SYSTEM,
        DefaultGitHubClients.userAgent(api, applicationName),
        slots,
        quotas,
        metrics,
        tracing,
        dryRun,
        workflowToken,
        responseCache,
        hooks);
  }

  SharedHttp(
      GitHubApiConfiguration api,
      ClientConfiguration config,
      JsonMapper mapper,
      AppJwt jwt,
      Clock clock,
      Sleeper sleeper,
      String userAgent,
      @Nullable WriteSlots slots,
      RateLimitQuotas quotas,
      BotwrightMetrics metrics,
      Tracing tracing,
      @Nullable DryRun dryRun,
      @Nullable WorkflowToken workflowToken,
      @Nullable GitHubResponseCache responseCache,
      List<GitHubRequestHook> hooks) {
    this.endpoints = new Endpoints(api.restBaseUrl(), api.graphqlUrl());
    this.dryRun = dryRun != null;
    this.transport =
        dryRun != null
            ? new DryRunTransport(dryRun, endpoints.restBase())
            : new MicronautTransport(endpoints.restBase(), config.getRequestTimeout());
    this.executor =
        new RequestExecutor(
            transport,
            config,
            clock,
            sleeper,
            userAgent,
            new JsonBodies(mapper),
            slots == null ? new InMemoryWriteSlots(clock) : slots,
            quotas,
            metrics,
            responseCache,
            tracing,
            new RequestHooks(OrderUtil.sort(hooks.stream()).toList()));
    this.workflowToken = workflowToken;
    this.appAuthorizer =
        dryRun != null
            ? new DryRunAuthorizer(OptionalLong.empty())
            : workflowToken != null ? workflowAuthorizer() : new AppAuthorizer(jwt);
    this.clock = clock;
  }

  /** A client authenticated as the app, with its JWT. */
  GitHubClient app() {
    return client(appAuthorizer, null);
  }

  GitHubClient client(RequestAuthorizer authorizer, @Nullable String deliveryId) {
    return new DefaultGitHubClient(executor, endpoints, authorizer, deliveryId);
  }

  /** Authenticates with the workflow's token; only when there is a {@link WorkflowToken}. */
  RequestAuthorizer workflowAuthorizer() {
    WorkflowToken token =
        Objects.requireNonNull(workflowToken, "no workflow token in this process");
    return new UserAuthorizer(token::authorization, () -> {});
  }

  /** Closes the HTTP client; requests made after this fail at once. */
  @PreDestroy
  void close() {
    transport.close();
  }
}
