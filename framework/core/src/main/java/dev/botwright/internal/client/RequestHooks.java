package dev.botwright.internal.client;

import dev.botwright.github.GitHubApiException;
import dev.botwright.internal.logging.Redaction;
import dev.botwright.spi.GitHubExchange;
import dev.botwright.spi.GitHubRequestHook;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Runs the {@link GitHubRequestHook} beans around one attempt, the first outermost. The hooks see
 * the headers without {@code Authorization}; the credential is put back after the last one, just
 * before the transport.
 */
final class RequestHooks {

  static final RequestHooks NONE = new RequestHooks(List.of());

  private final List<GitHubRequestHook> hooks;

  /**
   * @param hooks in order, the first outermost
   */
  RequestHooks(List<GitHubRequestHook> hooks) {
    this.hooks = List.copyOf(hooks);
  }

  /**
   * Sends one attempt through the hooks.
   *
   * @param send sends the headers a hook passed on (authorization not included) and the body
   */
  HttpExchange send(
      Route route,
      URI uri,
      Map<String, String> headers,
      byte @Nullable [] body,
      OptionalLong installation,
      int attempt,
      Function<Map<String, String>, HttpExchange> send) {
    if (hooks.isEmpty()) {
      return send.apply(headers);
    }
    Map<String, String> visible = new LinkedHashMap<>(headers);
    visible.keySet().removeIf("Authorization"::equalsIgnoreCase);
    GitHubExchange.Request request =
        new GitHubExchange.Request(
            route.method(), route.template(), uri, visible, body, installation, attempt);
    GitHubExchange.Response answer =
        at(0, route, request, hookHeaders -> send.apply(withAuthorization(headers, hookHeaders)));
    return new HttpExchange(answer.status(), answer.headers(), answer.body());
  }

  private GitHubExchange.Response at(
      int index,
      Route route,
      GitHubExchange.Request request,
      Function<Map<String, String>, HttpExchange> send) {
    if (index == hooks.size()) {
      HttpExchange answer = send.apply(request.headers());
      return new GitHubExchange.Response(answer.status(), answer.headers(), answer.body());
    }
    GitHubRequestHook hook = hooks.get(index);
    GitHubExchange.Response answer;
    try {
      answer = hook.around(request, next -> at(index + 1, route, next, send));
    } catch (Transport.TransportException | GitHubApiException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new GitHubApiException(
          0,
          route.toString(),
          "request hook "
              + hook.getClass().getName()
              + " failed: "
              + Redaction.redact(String.valueOf(e.getMessage())),
          e);
    }
    if (answer == null) {
      throw new GitHubApiException(
          0,
          route.toString(),
          "request hook " + hook.getClass().getName() + " answered null",
          null);
    }
    return answer;
  }

  private static Map<String, String> withAuthorization(
      Map<String, String> original, Map<String, String> fromHooks) {
    Map<String, String> headers = new LinkedHashMap<>(fromHooks);
    original.forEach(
        (name, value) -> {
          if (name.equalsIgnoreCase("Authorization")) {
            headers.put(name, value);
          }
        });
    return headers;
  }
}
