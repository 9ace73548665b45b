package dev.botwright.internal.proxy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A delivery as a smee.io-style proxy relays it: the event's {@code data} is a JSON object with the
 * request's headers as lower-case keys, the payload under {@code body}, plus {@code query} and
 * {@code timestamp}. The body sent on is the proxy's {@code rawBody} string when it has one (the
 * bytes GitHub signed), else the {@code body} value's JSON text made compact, which is what
 * smee-client's {@code JSON.stringify(data.body)} posts.
 *
 * @param headers the GitHub headers to send on ({@code x-github-*}, {@code x-hub-signature*},
 *     {@code user-agent}), lower-case
 * @param body the payload bytes
 * @param raw whether {@code body} is the proxy's raw body rather than re-serialised JSON
 */
record RelayedDelivery(Map<String, String> headers, byte[] body, boolean raw) {

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
          .build();

  /** The header named, or an empty string. */
  String header(String name) {
    return headers.getOrDefault(name, "");
  }

  /**
   * The delivery in an event's data; empty when the data is a JSON object without a body.
   *
   * @throws IOException when the data is not JSON
   */
  static Optional<RelayedDelivery> parse(String data) throws IOException {
    try (JsonParser parser = FACTORY.createParser(data)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      Map<String, String> headers = new LinkedHashMap<>();
      String body = null;
      String rawBody = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("body")) {
          long start = parser.currentTokenLocation().getCharOffset();
          parser.finishToken();
          parser.skipChildren();
          body = data.substring((int) start, (int) parser.currentLocation().getCharOffset());
        } else if (name.equals("rawBody") && value == JsonToken.VALUE_STRING) {
          rawBody = parser.getText();
        } else if (value == JsonToken.VALUE_STRING && isForwarded(name)) {
          headers.put(name.toLowerCase(Locale.ROOT), parser.getText());
        } else {
          parser.skipChildren();
        }
      }
      if (rawBody != null) {
        return Optional.of(
            new RelayedDelivery(headers, rawBody.getBytes(StandardCharsets.UTF_8), true));
      }
      if (body == null) {
        return Optional.empty();
      }
      return Optional.of(
          new RelayedDelivery(headers, compact(body).getBytes(StandardCharsets.UTF_8), false));
    }
  }

  private static boolean isForwarded(String name) {
    String header = name.toLowerCase(Locale.ROOT);
    return header.startsWith("x-github-")
        || header.startsWith("x-hub-signature")
        || header.equals("user-agent");
  }

  /** The JSON text without whitespace between tokens, as {@code JSON.stringify} writes it. */
  static String compact(String json) {
    StringBuilder out = new StringBuilder(json.length());
    boolean inString = false;
    boolean escaped = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        out.append(c);
        if (escaped) {
          escaped = false;
        } else if (c == '\\') {
          escaped = true;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        out.append(c);
      } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
