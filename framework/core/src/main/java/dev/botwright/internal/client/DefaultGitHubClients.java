package dev.botwright.internal.client;

import dev.botwright.config.ClientConfiguration;
import dev.botwright.config.GitHubApiConfiguration;
import dev.botwright.github.GitHubClient;
import dev.botwright.github.GitHubClients;
import dev.botwright.internal.auth.AppJwt;
import dev.botwright.internal.auth.InstallationTokens;
import dev.botwright.internal.metrics.BotwrightMetrics;
import dev.botwright.internal.tracing.Tracing;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Internal;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Creates app, installation and per-delivery clients. Creating one is cheap and mints nothing: they
 * all share one HTTP client for the configured base URL, one concurrency cap and one write pacer
 * ({@link SharedHttp}); an installation token is fetched on a client's first request.
 */
@Internal
@Singleton
@Requires(missingBeans = GitHubClients.class)
public class DefaultGitHubClients implements GitHubClients, EventClients, UserClients {

  /** The User-Agent when none is configured. */
  public static final String DEFAULT_USER_AGENT = "botwright";

  private final SharedHttp http;
  private final boolean ownsHttp;
  private final InstallationTokens tokens;
  private final ClientConfiguration config;

  /** With the write slots of this process only. */
  public DefaultGitHubClients(
      GitHubApiConfiguration api,
      ClientConfiguration config,
      JsonMapper mapper,
      AppJwt jwt,
      InstallationTokens tokens,
      String applicationName) {
    this(
        new SharedHttp(
            api,
            config,
            mapper,
            jwt,
            applicationName,
            new InMemoryWriteSlots(Clock.systemUTC()),
            new RateLimitQuotas(),
            BotwrightMetrics.disabled(),
            Tracing.NONE,
            null,
            null,
            null,
            List.of()),
        true,
        tokens,
        config);
  }

  /**
   * The injected constructor: the clients share {@code http} (one HTTP client, executor and app
   * authorizer; see {@link SharedHttp} for the write slots, dry run and workflow token beans) with
   * the token minter.
   */
  @Inject
  DefaultGitHubClients(SharedHttp http, InstallationTokens tokens, ClientConfiguration config) {
    this(http, false, tokens, config);
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
        new SharedHttp(
            api,
            config,
            mapper,
            jwt,
            clock,
            sleeper,
            userAgent(api, null),
            null,
            new RateLimitQuotas(),
            BotwrightMetrics.disabled(),
            Tracing.NONE,
            null,
            null,
            null,
            List.of()),
        true,
        tokens,
        config);
  }

  private DefaultGitHubClients(
      SharedHttp http, boolean ownsHttp, InstallationTokens tokens, ClientConfiguration config) {
    this.http = http;
    this.ownsHttp = ownsHttp;
    this.tokens = tokens;
    this.config = config;
  }

  @Override
  public GitHubClient app() {
    return http.app();
  }

  @Override
  public GitHubClient installation(long installationId) {
    return http.client(installationAuthorizer(installationId), null);
  }

  @Override
  public GitHubClient forDelivery(long installationId, String deliveryId) {
    Objects.requireNonNull(deliveryId, "deliveryId");
    return http.client(installationAuthorizer(installationId), deliveryId);
  }

  @Override
  public GitHubClient user(Supplier<String> token, Runnable onUnauthorized) {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(onUnauthorized, "onUnauthorized");
    return http.client(new UserAuthorizer(() -> "Bearer " + token.get(), onUnauthorized), null);
  }

  @Override
  public GitHubClient oauthApp(String clientId, String clientSecret) {
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
    return http.client(new UserAuthorizer(() -> basic, () -> {}), null);
  }

  @Override
  public boolean servesDeliveriesWithoutInstallation() {
    return http.workflowToken != null;
  }

  private RequestAuthorizer installationAuthorizer(long installationId) {
    if (http.workflowToken != null) {
      // A workflow's event usually names no installation: the token is the credential.
      return http.workflowAuthorizer();
    }
    if (installationId <= 0) {
      throw new IllegalArgumentException(
          "An installation id is a positive number, but got " + installationId);
    }
    if (http.dryRun) {
      return new DryRunAuthorizer(OptionalLong.of(installationId));
    }
    // The young-token delays (1 s, 2 s, 3 s) scale with the retry delay so tests stay fast.
    return new InstallationAuthorizer(installationId, tokens, http.clock, config.getRetryDelay());
  }

  /**
   * Closes the HTTP client when these clients made their own; the injected bean's {@link
   * SharedHttp} is closed with the context, after the token minter is done with it too.
   */
  public void close() {
    if (ownsHttp) {
      http.close();
    }
  }
}
