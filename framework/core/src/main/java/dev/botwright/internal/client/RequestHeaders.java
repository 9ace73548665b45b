package dev.botwright.internal.client;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code headers} parameter of a route-style request, as octokit's {@code request} takes it:
 * e.g. {@code If-None-Match} for a conditional request. The client's own credentials cannot be
 * replaced through it.
 */
final class RequestHeaders {

  static final String PARAMETER = "headers";
  private static final Set<String> REFUSED = Set.of("authorization", "host", "content-length");

  private RequestHeaders() {}

  /** Removes {@code headers} from {@code parameters} and returns them, checked. */
  static Map<String, String> take(Map<String, Object> parameters, Route route) {
    Object value = parameters.remove(PARAMETER);
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof Map<?, ?> given)) {
      throw new IllegalArgumentException(
          "The 'headers' parameter of "
              + route
              + " must be a Map of header names to values, not a "
              + value.getClass().getSimpleName());
    }
    Map<String, String> headers = new LinkedHashMap<>();
    given.forEach(
        (name, header) -> {
          String text = String.valueOf(name);
          if (REFUSED.contains(text.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException(
                "The header '"
                    + text
                    + "' of "
                    + route
                    + " is set by the client itself; use another client (e.g."
                    + " GitHubClients.installation(id)) for other credentials");
          }
          if (header != null) {
            headers.put(text, String.valueOf(header));
          }
        });
    return headers;
  }
}
