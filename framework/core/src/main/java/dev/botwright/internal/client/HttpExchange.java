package dev.botwright.internal.client;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One raw HTTP answer: status, headers with lower-case names, and the body bytes.
 *
 * @param status the HTTP status
 * @param headers header values by lower-case name
 * @param body the body, empty when there is none
 */
record HttpExchange(int status, Map<String, List<String>> headers, byte[] body) {

  Optional<String> header(String lowerCaseName) {
    List<String> values = headers.get(lowerCaseName);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
