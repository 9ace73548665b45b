package dev.botwright.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;

/**
 * The installation flow and the installation index ({@code botwright.install.*}), off by default.
 * {@code GITHUB_APP_SLUG}, which setup mode writes into {@code .env}, maps onto {@code app-slug}.
 */
@ConfigurationProperties("botwright.install")
public class InstallConfiguration {

  /** Where the install link and setup callback routes live. */
  public static final String DEFAULT_PATH = "/github";

  /** How long an install link's {@code state} stays valid. */
  public static final Duration DEFAULT_STATE_LIFETIME = Duration.ofMinutes(10);

  /** Where the embedded installation index is kept. */
  public static final String DEFAULT_INDEX_FILE = ".botwright/installations.json";

  /** How many installations the embedded index holds. */
  public static final int DEFAULT_MAX_INSTALLATIONS = 10_000;

  /**
   * How long the repositories GitHub lists for a user in an installation are reused before GitHub
   * is asked again.
   */
  public static final Duration DEFAULT_USER_ACCESS_TTL = Duration.ofMinutes(2);

  /** How many repositories, summed over every cached (user, installation) list, are held. */
  public static final int DEFAULT_USER_ACCESS_MAX_REPOSITORIES = 100_000;

  private boolean enabled;
  private String path = DEFAULT_PATH;
  @Nullable private String appSlug;
  @Nullable private String stateKey;
  private Duration stateLifetime = DEFAULT_STATE_LIFETIME;
  private String indexFile = DEFAULT_INDEX_FILE;
  private int maxInstallations = DEFAULT_MAX_INSTALLATIONS;
  private Duration userAccessTtl = DEFAULT_USER_ACCESS_TTL;
  private int userAccessMaxRepositories = DEFAULT_USER_ACCESS_MAX_REPOSITORIES;

  /** Whether the install routes and the index (and its event handlers) are on. */
  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** The routes' prefix: {@code {path}/install} and {@code {path}/setup}. */
  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path == null || path.isBlank() ? DEFAULT_PATH : path;
  }

  /** The app's slug; when unset it is read once from {@code GET /app}. */
  @Nullable
  public String getAppSlug() {
    return appSlug;
  }

  public void setAppSlug(@Nullable String appSlug) {
    this.appSlug = AppConfiguration.blankToNull(appSlug);
  }

  /**
   * The secret that signs {@code state}; when unset a key is derived from the app's client secret,
   * or else a random one is made per process (links then die with a restart).
   */
  @Nullable
  public String getStateKey() {
    return stateKey;
  }

  public void setStateKey(@Nullable String stateKey) {
    this.stateKey = AppConfiguration.blankToNull(stateKey);
  }

  /** How long a {@code state} stays valid; default 10 minutes. */
  public Duration getStateLifetime() {
    return stateLifetime;
  }

  public void setStateLifetime(Duration stateLifetime) {
    this.stateLifetime = stateLifetime;
  }

  /** The embedded index's file. */
  public String getIndexFile() {
    return indexFile;
  }

  public void setIndexFile(String indexFile) {
    this.indexFile = indexFile;
  }

  /** The embedded index's bound: beyond it, the least recently changed installation is dropped. */
  public int getMaxInstallations() {
    return maxInstallations;
  }

  public void setMaxInstallations(int maxInstallations) {
    this.maxInstallations = maxInstallations;
  }

  /**
   * How long a user's repositories in an installation, as GitHub listed them with the user's token,
   * are reused; default 2 minutes. {@code 0} asks GitHub every time.
   */
  public Duration getUserAccessTtl() {
    return userAccessTtl;
  }

  public void setUserAccessTtl(Duration userAccessTtl) {
    this.userAccessTtl = userAccessTtl;
  }

  /**
   * The bound of that cache, in repositories summed over all its lists; beyond it the least
   * recently used lists go first. Default 100,000.
   */
  public int getUserAccessMaxRepositories() {
    return userAccessMaxRepositories;
  }

  public void setUserAccessMaxRepositories(int userAccessMaxRepositories) {
    this.userAccessMaxRepositories = userAccessMaxRepositories;
  }

  @Override
  public String toString() {
    return "InstallConfiguration[enabled=" + enabled + ", path=" + path + "]";
  }
}
