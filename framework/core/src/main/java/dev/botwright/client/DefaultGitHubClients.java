package dev.botwright.client;

import dev.botwright.auth.AppJwt;
import dev.botwright.auth.InstallationTokens;
import dev.botwright.config.ClientConfiguration;
import dev.botwright.config.GitHubApiConfiguration;
import dev.botwright.github.GitHubClient;
import dev.botwright.github.GitHubClients;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Creates app, installation and per-delivery clients. Creating one is cheap and mints nothing: they
 * all share one HTTP client for the configured base URL, one concurrency cap and one write pacer;
 * an installation token is fetched on a client's first request.
 */
@Internal
@Singleton
@Requires(missingBeans = GitHubClients.class)
public class DefaultGitHubClients implements GitHubClients, EventClients, UserClients {

  /** The User-Agent when none is configured. */
  public static final String DEFAULT_USER_AGENT = "botwright";

  private final Transport transport;
  private final RequestExecutor executor;
  private final Endpoints endpoints;
  private final RequestAuthorizer appAuthorizer;
  private final boolean dryRun;
  private final @Nullable WorkflowToken workflowToken;
  private final InstallationTokens tokens;
  private final ClientConfiguration config;
  private final Clock clock;

  /** With the write slots of this process only. */
  public DefaultGitHubClients(
      GitHubApiConfiguration api,
      ClientConfiguration config,
      JsonMapper mapper,
      AppJwt jwt,
      InstallationTokens tokens,
      String applicationName) {
    this(
        api, config, mapper, jwt, tokens, applicationName, null, new RateLimitQuotas(), null, null);
  }

  /**
   * The injected constructor; {@code slots} is a shared {@link WriteSlots} bean, if any, and every
   * installation's rate limit is recorded into {@code quotas}. With a {@link DryRun} bean no
   * request leaves the process and no token is minted; with a {@link WorkflowToken} bean every
   * client authenticates with that token.
   */
  @Inject
  public DefaultGitHubClients(
      GitHubApiConfiguration api,
      ClientConfiguration config,
      JsonMapper mapper,
      AppJwt jwt,
      InstallationTokens tokens,
      @Value("${micronaut.application.name:}") String applicationName,
      @Nullable WriteSlots slots,
      RateLimitQuotas quotas,
      @Nullable DryRun dryRun,
      @Nullable WorkflowToken workflowToken) {
    this(
        api,
        config,
        mapper,
        jwt,
        tokens,
        Clock.systemUTC(),
        Sleeper.SYSTEM,
        userAgent(api, applicationName),
        slots,
        quotas,
        dryRun,
        workflowToken);
  }

  /**
   * GitHub asks for a User-Agent that names the app: the configured one, else the application's
   * name, else {@value #DEFAULT_USER_AGENT}.
   */
  static String userAgent(GitHubApiConfiguration api, @Nullable String applicationName) {
    if (api.getUserAgent() != null) {
      return api.getUserAgent();
    }
    return applicationName == null || applicationName.isBlank()
        ? DEFAULT_USER_AGENT
        : applicationName + " (" + DEFAULT_USER_AGENT + ")";
  }

  DefaultGitHubClients(
      GitHubApiConfiguration api,
      ClientConfiguration config,
      JsonMapper mapper,
      AppJwt jwt,
      InstallationTokens tokens,
      Clock clock,
      Sleeper sleeper) {
    this(
        api,
        config,
        mapper,
        jwt,
        tokens,
        clock,
        sleeper,
        userAgent(api, null),
        null,
        new RateLimitQuotas(),
        null,
        null);
  }

  private DefaultGitHubClients(
      GitHubApiConfiguration api,
      ClientConfiguration config,
      JsonMapper mapper,
      AppJwt jwt,
      InstallationTokens tokens,
      Clock clock,
      Sleeper sleeper,
      String userAgent,
      @Nullable WriteSlots slots,
      RateLimitQuotas quotas,
      @Nullable DryRun dryRun,
      @Nullable WorkflowToken workflowToken) {
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
            quotas);
    this.workflowToken = workflowToken;
    this.appAuthorizer =
        dryRun != null
            ? new DryRunAuthorizer(OptionalLong.empty())
            : workflowToken != null ? workflowAuthorizer(workflowToken) : new AppAuthorizer(jwt);
    this.tokens = tokens;
    this.config = config;
    this.clock = clock;
  }

  @Override
  public GitHubClient app() {
    return new DefaultGitHubClient(executor, endpoints, appAuthorizer, null);
  }

  @Override
  public GitHubClient installation(long installationId) {
    return new DefaultGitHubClient(
        executor, endpoints, installationAuthorizer(installationId), null);
  }

  @Override
  public GitHubClient forDelivery(long installationId, String deliveryId) {
    Objects.requireNonNull(deliveryId, "deliveryId");
    return new DefaultGitHubClient(
        executor, endpoints, installationAuthorizer(installationId), deliveryId);
  }

  @Override
  public GitHubClient user(Supplier<String> token, Runnable onUnauthorized) {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(onUnauthorized, "onUnauthorized");
    return new DefaultGitHubClient(
        executor,
        endpoints,
        new UserAuthorizer(() -> "Bearer " + token.get(), onUnauthorized),
        null);
  }

  @Override
  public GitHubClient oauthApp(String clientId, String clientSecret) {
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
    return new DefaultGitHubClient(
        executor, endpoints, new UserAuthorizer(() -> basic, () -> {}), null);
  }

  @Override
  public boolean servesDeliveriesWithoutInstallation() {
    return workflowToken != null;
  }

  private static RequestAuthorizer workflowAuthorizer(WorkflowToken token) {
    return new UserAuthorizer(token::authorization, () -> {});
  }

  private RequestAuthorizer installationAuthorizer(long installationId) {
    WorkflowToken token = workflowToken;
    if (token != null) {
      // A workflow's event usually names no installation: the token is the credential.
      return workflowAuthorizer(token);
    }
    if (installationId <= 0) {
      throw new IllegalArgumentException(
          "An installation id is a positive number, but got " + installationId);
    }
    if (dryRun) {
      return new DryRunAuthorizer(OptionalLong.of(installationId));
    }
    // The young-token delays (1 s, 2 s, 3 s) scale with the retry delay so tests stay fast.
    return new InstallationAuthorizer(installationId, tokens, clock, config.getRetryDelay());
  }

  /** Closes the shared HTTP client. */
  @PreDestroy
  public void close() {
    transport.close();
  }
}
