package dev.botwright.sentry;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Requires;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** Settings of error reporting, {@code botwright.sentry.*}; present when a DSN is configured. */
@ConfigurationProperties("botwright.sentry")
@Requires(property = SentryConfiguration.DSN)
public class SentryConfiguration {

  /** The property whose presence switches reporting on ({@code SENTRY_DSN}). */
  public static final String DSN = "botwright.sentry.dsn";

  /** Default of {@link #getFlushTimeout()}. */
  public static final Duration DEFAULT_FLUSH_TIMEOUT = Duration.ofSeconds(2);

  private @Nullable String dsn;
  private boolean includePayload;
  private @Nullable String environment;
  private Duration flushTimeout = DEFAULT_FLUSH_TIMEOUT;

  /** Where events go: {@code https://<public key>@<host>/<project id>}; never logged. */
  public @Nullable String getDsn() {
    return dsn;
  }

  public void setDsn(@Nullable String dsn) {
    this.dsn = dsn;
  }

  /** Whether an event carries the delivery's payload, secrets masked; default false. */
  public boolean isIncludePayload() {
    return includePayload;
  }

  public void setIncludePayload(boolean includePayload) {
    this.includePayload = includePayload;
  }

  /** The Sentry environment events are filed under; default {@code botwright.environment}. */
  public @Nullable String getEnvironment() {
    return environment;
  }

  public void setEnvironment(@Nullable String environment) {
    this.environment = environment;
  }

  /** How long closing the context waits for unsent events; default 2 seconds. */
  public Duration getFlushTimeout() {
    return flushTimeout;
  }

  public void setFlushTimeout(Duration flushTimeout) {
    this.flushTimeout = flushTimeout;
  }
}
