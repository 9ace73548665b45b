package dev.botwright.test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

/**
 * A failure the {@link FakeGitHub} answers instead of the normal answer, to test a bot's
 * resilience. By default it fails the next call of a route once; {@link #times} and {@link #always}
 * change that.
 *
 * <pre>{@code
 * github.failNext("POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
 *     Fault.serverError().times(2));
 * }</pre>
 */
public final class Fault {

  static final int ALWAYS = -1;

  private final String description;
  private final Supplier<ResponseDefinitionBuilder> answer;
  private final int times;

  private Fault(String description, Supplier<ResponseDefinitionBuilder> answer, int times) {
    this.description = description;
    this.answer = answer;
    this.times = times;
  }

  /** {@code 502 Bad Gateway}, as GitHub answers when a backend is briefly unavailable. */
  public static Fault serverError() {
    return serverError(502);
  }

  /** A server error with {@code status} (500-599). */
  public static Fault serverError(int status) {
    if (status < 500 || status > 599) {
      throw new IllegalArgumentException(
          "A server error has a status from 500 to 599 but got " + status);
    }
    return new Fault(
        status + " server error", () -> json(status, "{\"message\":\"Server Error\"}"), 1);
  }

  /** {@code 429 Too Many Requests} with {@code Retry-After: retryAfterSeconds}. */
  public static Fault rateLimited(int retryAfterSeconds) {
    return new Fault(
        "429 with Retry-After " + retryAfterSeconds,
        () ->
            json(429, "{\"message\":\"Too Many Requests\"}")
                .withHeader("Retry-After", String.valueOf(retryAfterSeconds)),
        1);
  }

  /** GitHub's secondary rate limit: {@code 403}, its message, and {@code Retry-After: 1}. */
  public static Fault secondaryRateLimit() {
    return secondaryRateLimit(1);
  }

  /** GitHub's secondary rate limit with {@code Retry-After: retryAfterSeconds}. */
  public static Fault secondaryRateLimit(int retryAfterSeconds) {
    return new Fault(
        "403 secondary rate limit",
        () ->
            json(
                    403,
                    "{\"message\":\"You have exceeded a secondary rate limit. Please wait a few"
                        + " minutes before you try again.\",\"documentation_url\":"
                        + "\"https://docs.github.com/rest/overview/rate-limits-for-the-rest-api\"}")
                .withHeader("Retry-After", String.valueOf(retryAfterSeconds)),
        1);
  }

  /**
   * The primary rate limit used up: {@code 403}, {@code x-ratelimit-remaining: 0} and a reset
   * {@code resetInSeconds} from now (on the fake's {@code Date}).
   */
  public static Fault primaryRateLimitExhausted(int resetInSeconds) {
    return new Fault(
        "403 rate limit exhausted",
        () -> {
          Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
          return json(403, "{\"message\":\"API rate limit exceeded for installation ID 42.\"}")
              .withHeader(
                  "Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(now.atOffset(ZoneOffset.UTC)))
              .withHeader("x-ratelimit-limit", "5000")
              .withHeader("x-ratelimit-remaining", "0")
              .withHeader("x-ratelimit-used", "5000")
              .withHeader("x-ratelimit-resource", "core")
              .withHeader(
                  "x-ratelimit-reset", String.valueOf(now.getEpochSecond() + resetInSeconds));
        },
        1);
  }

  /** The connection is reset before any answer is sent. */
  public static Fault connectionReset() {
    return new Fault(
        "connection reset",
        () ->
            aResponse()
                .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER),
        1);
  }

  /** This fault for the next {@code count} calls of the route, then the normal answers. */
  public Fault times(int count) {
    if (count < 1) {
      throw new IllegalArgumentException(
          "A fault happens at least once but got times(" + count + ")");
    }
    return new Fault(description, answer, count);
  }

  /** This fault for every call of the route until the next reset. */
  public Fault always() {
    return new Fault(description, answer, ALWAYS);
  }

  int count() {
    return times;
  }

  ResponseDefinitionBuilder answer() {
    return answer.get();
  }

  @Override
  public String toString() {
    return description + (times == ALWAYS ? ", always" : ", " + times + " time(s)");
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(body);
  }
}
