package dev.botwright.internal.client;

import dev.botwright.config.ClientConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads GitHub's rate-limit answers: how long a 403 or 429 asks the client to wait. In order:
 * {@code Retry-After}; {@code x-ratelimit-reset} when {@code x-ratelimit-remaining} is 0; for a
 * secondary rate limit without either, a backoff from {@code secondaryLimitBackoff}, doubling.
 */
final class RateLimits {

  private final ClientConfiguration config;
  private final Clock clock;

  RateLimits(ClientConfiguration config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  /**
   * @param secondaryWaits secondary-limit waits this request already made
   * @return the wait GitHub asks for, or empty when this is not a rate-limit answer
   */
  Optional<Duration> waitFor(HttpExchange answer, @Nullable String message, int secondaryWaits) {
    int status = answer.status();
    if (status != 403 && status != 429) {
      return Optional.empty();
    }
    Optional<Duration> retryAfter = answer.header("retry-after").flatMap(this::parseRetryAfter);
    if (retryAfter.isPresent()) {
      return retryAfter;
    }
    if (answer.header("x-ratelimit-remaining").filter("0"::equals).isPresent()) {
      Optional<Long> reset = answer.header("x-ratelimit-reset").flatMap(RateLimits::parseLong);
      if (reset.isPresent()) {
        // GitHub's own Date is the better "now": the reset is on GitHub's clock.
        Instant now = githubDate(answer).orElse(clock.instant());
        Duration wait = Duration.between(now, Instant.ofEpochSecond(reset.get()));
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
      }
    }
    if (status == 403
        && message != null
        && message.toLowerCase(Locale.ROOT).contains("secondary rate limit")) {
      return Optional.of(
          config.getSecondaryLimitBackoff().multipliedBy(1L << Math.min(secondaryWaits, 20)));
    }
    return Optional.empty();
  }

  /** Whether the wait came from the secondary-limit backoff (so the next one doubles). */
  static boolean isSecondary(HttpExchange answer) {
    return answer.header("retry-after").isEmpty()
        && answer.header("x-ratelimit-remaining").filter("0"::equals).isEmpty();
  }

  static Optional<Instant> githubDate(HttpExchange answer) {
    return answer
        .header("date")
        .flatMap(
            date -> {
              try {
                return Optional.of(
                    ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
              } catch (DateTimeParseException e) {
                return Optional.empty();
              }
            });
  }

  private Optional<Duration> parseRetryAfter(String value) {
    Optional<Long> seconds = parseLong(value);
    if (seconds.isPresent()) {
      return Optional.of(Duration.ofSeconds(Math.max(0, seconds.get())));
    }
    try {
      Instant at =
          ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(clock.instant(), at);
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<Long> parseLong(String value) {
    try {
      return Optional.of(Long.parseLong(value.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
