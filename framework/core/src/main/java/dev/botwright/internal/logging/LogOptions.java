package dev.botwright.internal.logging;

/** Settings of the log guard that come from configuration, read by Logback's threads. */
final class LogOptions {

  /** {@code botwright.logging.request-urls}: Micronaut's request loggers may write URLs. */
  static volatile boolean requestUrls;

  private LogOptions() {}
}
