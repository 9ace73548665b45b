package dev.botwright.config;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Botwright's metrics ({@code botwright.metrics.*}), served at {@code /prometheus}. On by default;
 * {@code BOTWRIGHT_METRICS_ENABLED=false} turns off Botwright's meters and Micronaut's metrics (and
 * so the endpoint) together. On the bot's own port the endpoint answers only this machine unless
 * {@code allow-remote} is set; a management port ({@code endpoints.all.port}) answers anyone.
 */
@ConfigurationProperties("botwright.metrics")
public class MetricsConfiguration {

  /** Installations whose remaining rate limit is shown: those that called GitHub last. */
  public static final int DEFAULT_RATE_LIMIT_INSTALLATIONS = 10;

  private boolean enabled = true;
  private int rateLimitInstallations = DEFAULT_RATE_LIMIT_INSTALLATIONS;
  private boolean allowRemote;

  /** Whether Botwright registers its meters ({@code BOTWRIGHT_METRICS_ENABLED}). */
  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * How many installations {@code botwright_github_rate_limit_remaining} shows, one series each
   * ({@code BOTWRIGHT_METRICS_RATE_LIMIT_INSTALLATIONS}); 0 shows none.
   */
  public int getRateLimitInstallations() {
    return rateLimitInstallations;
  }

  public void setRateLimitInstallations(int rateLimitInstallations) {
    this.rateLimitInstallations = rateLimitInstallations;
  }

  /**
   * Whether {@code /prometheus} on the bot's own port answers other machines too ({@code
   * BOTWRIGHT_METRICS_ALLOW_REMOTE}); off, only loopback peers are answered and others get 404.
   */
  public boolean isAllowRemote() {
    return allowRemote;
  }

  public void setAllowRemote(boolean allowRemote) {
    this.allowRemote = allowRemote;
  }
}
