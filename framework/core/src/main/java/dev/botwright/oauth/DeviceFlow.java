package dev.botwright.oauth;

import dev.botwright.oauth.DeviceFlowException.Outcome;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * GitHub's device flow, for command-line tools: asks for a code, shows the user where to enter it,
 * and polls until the user authorizes (or cancels, or the code expires). Needs no server and no
 * client secret; enable "Device Flow" in the app's settings.
 *
 * <pre>{@code
 * UserToken token = new DeviceFlow(clientId, URI.create("https://github.com"))
 *     .authorize(List.of(), code -> System.err.println(
 *         "Open " + code.verificationUri() + " and enter " + code.userCode()));
 * }</pre>
 */
public final class DeviceFlow {

  static final String CODE_PATH = "/login/device/code";
  static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:device_code";
  static final Duration SLOW_DOWN = Duration.ofSeconds(5);

  /** What to show the user. */
  public record DeviceCode(
      String userCode, URI verificationUri, Duration expiresIn, Duration interval) {}

  /** Shows the user the verification URL and the code to enter there. */
  @FunctionalInterface
  public interface Prompt {
    /** Called once, before polling starts. */
    void show(DeviceCode code);
  }

  /** Waits between polls; tests pass one that advances a clock instead of sleeping. */
  @FunctionalInterface
  public interface Sleeper {
    /** Waits for {@code duration}. */
    void sleep(Duration duration) throws InterruptedException;
  }

  private final String clientId;
  private final GitHubWeb web;
  private final Clock clock;
  private final Sleeper sleeper;

  /**
   * @param clientId the app's client id
   * @param webUrl GitHub's web site, e.g. {@code https://github.com}
   */
  public DeviceFlow(String clientId, URI webUrl) {
    this(clientId, webUrl, Clock.systemUTC(), d -> Thread.sleep(d.toMillis()));
  }

  /** As {@link #DeviceFlow(String, URI)}, with the clock and the waiting replaced. */
  public DeviceFlow(String clientId, URI webUrl, Clock clock, Sleeper sleeper) {
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    String web = webUrl.toString();
    this.web =
        new GitHubWeb(URI.create(web.endsWith("/") ? web.substring(0, web.length() - 1) : web));
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * Runs the flow to its end.
   *
   * @param scopes scopes for an OAuth App; empty for a GitHub App
   * @param prompt shows the code to the user
   * @return the user's token
   * @throws DeviceFlowException when the user cancels, the code expires or GitHub refuses
   */
  public UserToken authorize(List<String> scopes, Prompt prompt) {
    Map<String, String> request = new LinkedHashMap<>();
    request.put("client_id", clientId);
    if (!scopes.isEmpty()) {
      request.put("scope", String.join(" ", scopes));
    }
    GitHubWeb.Answer code = post(CODE_PATH, request);
    if (code.error() != null || code.field("device_code") == null) {
      throw failure(code);
    }
    Duration expiresIn = Duration.ofSeconds(number(code, "expires_in", 900));
    Duration interval = Duration.ofSeconds(number(code, "interval", 5));
    Instant deadline = clock.instant().plus(expiresIn);
    prompt.show(
        new DeviceCode(
            code.field("user_code"),
            URI.create(code.field("verification_uri")),
            expiresIn,
            interval));
    Map<String, String> poll = new LinkedHashMap<>();
    poll.put("client_id", clientId);
    poll.put("device_code", code.field("device_code"));
    poll.put("grant_type", GRANT_TYPE);
    while (true) {
      if (!clock.instant().plus(interval).isBefore(deadline)) {
        throw expired();
      }
      sleep(interval);
      GitHubWeb.Answer answer = post(GitHubWeb.TOKEN_PATH, poll);
      String error = answer.error();
      if (error == null && answer.field("access_token") != null) {
        return answer.token(clock.instant());
      }
      if ("authorization_pending".equals(error)) {
        continue;
      }
      if ("slow_down".equals(error)) {
        interval = interval.plus(SLOW_DOWN);
        continue;
      }
      throw failure(answer);
    }
  }

  private GitHubWeb.Answer post(String path, Map<String, String> form) {
    try {
      GitHubWeb.Answer answer = web.post(path, form);
      if (answer.status() >= 500) {
        throw new DeviceFlowException(
            Outcome.GITHUB_ERROR,
            "GitHub answered " + answer.status() + "; try again later.",
            null);
      }
      return answer;
    } catch (IOException e) {
      throw new DeviceFlowException(
          Outcome.GITHUB_ERROR,
          "GitHub could not be reached at " + web.webBase() + ": check the network and try again.",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeviceFlowException(Outcome.GITHUB_ERROR, "Interrupted while waiting.", e);
    }
  }

  private void sleep(Duration interval) {
    try {
      sleeper.sleep(interval);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeviceFlowException(Outcome.GITHUB_ERROR, "Interrupted while waiting.", e);
    }
  }

  private static DeviceFlowException expired() {
    return new DeviceFlowException(
        Outcome.EXPIRED_TOKEN,
        "The code expired before it was entered on GitHub. Run the command again.",
        null);
  }

  private DeviceFlowException failure(GitHubWeb.Answer answer) {
    String error = answer.error() == null ? "" : answer.error();
    return switch (error) {
      case "access_denied" ->
          new DeviceFlowException(
              Outcome.ACCESS_DENIED, "The sign-in was cancelled on GitHub. Run it again.", null);
      case "expired_token" -> expired();
      case "device_flow_disabled" ->
          new DeviceFlowException(
              Outcome.DEVICE_FLOW_DISABLED,
              "The device flow is not enabled for this app: tick \"Enable Device Flow\" in the"
                  + " app's settings on GitHub.",
              null);
      case "incorrect_client_credentials" ->
          new DeviceFlowException(
              Outcome.INCORRECT_CLIENT_CREDENTIALS,
              "GitHub does not know the client id '"
                  + clientId
                  + "': use the Client ID from the app's settings page.",
              null);
      case "incorrect_device_code" ->
          new DeviceFlowException(
              Outcome.INCORRECT_DEVICE_CODE,
              "GitHub does not know this device code. Run the command again.",
              null);
      default ->
          new DeviceFlowException(
              Outcome.GITHUB_ERROR,
              "GitHub answered "
                  + answer.status()
                  + (error.matches("[a-z_]{1,60}") ? " (" + error + ")" : "")
                  + " during the device flow.",
              null);
    };
  }

  private static long number(GitHubWeb.Answer answer, String field, long fallback) {
    try {
      return Long.parseLong(answer.field(field));
    } catch (RuntimeException e) {
      return fallback;
    }
  }
}
