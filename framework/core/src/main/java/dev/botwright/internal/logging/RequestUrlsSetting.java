package dev.botwright.internal.logging;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;

/**
 * Tells the log guard at start-up whether Micronaut's request loggers may write request URLs
 * ({@code botwright.logging.request-urls}, off by default: URLs can carry codes and states).
 */
@Context
final class RequestUrlsSetting {

  RequestUrlsSetting(@Value("${botwright.logging.request-urls:false}") boolean requestUrls) {
    LogOptions.requestUrls = requestUrls;
  }
}
