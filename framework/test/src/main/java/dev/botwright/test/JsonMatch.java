package dev.botwright.test;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Compares JSON documents for the call assertions. Values are parsed into maps, lists, strings,
 * {@link BigDecimal}s, booleans and {@code null}; each comparison returns the first difference, so
 * a failure says where the bodies part.
 */
final class JsonMatch {

  private static final JsonFactory FACTORY = new JsonFactory();

  /** Marks a value that could not be read, so a non-JSON body never matches. */
  static final Object NOT_JSON = new Object();

  private JsonMatch() {}

  /** The parsed value (null for JSON {@code null}), or {@link #NOT_JSON}. */
  static @Nullable Object parse(String json) {
    try (JsonParser parser = FACTORY.createParser(json)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return NOT_JSON;
      }
      Object value = read(parser, first);
      return parser.nextToken() == null ? value : NOT_JSON;
    } catch (IOException e) {
      return NOT_JSON;
    }
  }

  /** Parses JSON the test wrote, failing with the reason when it is not JSON. */
  static @Nullable Object parseExpected(String json) {
    Object value = parse(json);
    if (value == NOT_JSON) {
      throw new IllegalArgumentException("The expected body is not valid JSON: " + json);
    }
    return value;
  }

  /** The first difference between {@code expected} and {@code actual}, or empty when equal. */
  static Optional<String> difference(
      @Nullable Object expected, @Nullable Object actual, boolean partial) {
    return diff("$", expected, actual, partial);
  }

  /**
   * The value at a dotted path such as {@code "labels.0.name"} or {@code "labels[0].name"}; empty
   * when the path does not exist.
   */
  static Optional<Object> at(@Nullable Object document, String dottedPath) {
    Object current = document;
    for (String key : dottedPath.replace("[", ".").replace("]", "").split("\\.")) {
      if (current instanceof Map<?, ?> map && map.containsKey(key)) {
        current = map.get(key);
      } else if (current instanceof List<?> list && key.matches("\\d+")) {
        int index = Integer.parseInt(key);
        if (index >= list.size()) {
          return Optional.empty();
        }
        current = list.get(index);
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(current == null ? NULL : current);
  }

  /** Stands for JSON {@code null} where an {@link Optional} cannot hold it. */
  static final Object NULL = new Object();

  /** Turns a value the test passed (Integer, Long, Double, String, ...) into the parsed form. */
  static Object normalize(@Nullable Object value) {
    if (value instanceof Number number && !(value instanceof BigDecimal)) {
      return new BigDecimal(number.toString());
    }
    return value == null ? NULL : value;
  }

  private static Optional<String> diff(
      String at, @Nullable Object expected, @Nullable Object actual, boolean partial) {
    if (expected instanceof Map<?, ?> want && actual instanceof Map<?, ?> have) {
      for (var entry : want.entrySet()) {
        String path = at + "." + entry.getKey();
        if (!have.containsKey(entry.getKey())) {
          return Optional.of(path + " is missing");
        }
        Optional<String> inner = diff(path, entry.getValue(), have.get(entry.getKey()), partial);
        if (inner.isPresent()) {
          return inner;
        }
      }
      if (!partial && have.size() != want.size()) {
        List<Object> extra = new ArrayList<>(have.keySet());
        extra.removeAll(want.keySet());
        return Optional.of(at + " has unexpected field(s) " + extra);
      }
      return Optional.empty();
    }
    if (expected instanceof List<?> want && actual instanceof List<?> have) {
      if (want.size() != have.size()) {
        return Optional.of(at + " has " + have.size() + " element(s), expected " + want.size());
      }
      for (int i = 0; i < want.size(); i++) {
        // Arrays compare whole: a partial array would be ambiguous.
        Optional<String> inner = diff(at + "[" + i + "]", want.get(i), have.get(i), false);
        if (inner.isPresent()) {
          return inner;
        }
      }
      return Optional.empty();
    }
    if (equal(expected, actual)) {
      return Optional.empty();
    }
    return Optional.of(at + " is " + show(actual) + ", expected " + show(expected));
  }

  static boolean equal(@Nullable Object expected, @Nullable Object actual) {
    if (expected instanceof BigDecimal a && actual instanceof BigDecimal b) {
      return a.compareTo(b) == 0;
    }
    if (expected instanceof Map<?, ?> || expected instanceof List<?>) {
      return diff("$", expected, actual, false).isEmpty();
    }
    return expected == null ? actual == null : expected.equals(actual);
  }

  static String show(@Nullable Object value) {
    if (value == null || value == NULL) {
      return "null";
    }
    if (value instanceof String text) {
      return "\"" + text + "\"";
    }
    if (value instanceof BigDecimal number) {
      return number.toPlainString();
    }
    return String.valueOf(value);
  }

  private static @Nullable Object read(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          map.put(name, read(parser, parser.nextToken()));
        }
        return map;
      }
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        for (JsonToken next = parser.nextToken();
            next != JsonToken.END_ARRAY;
            next = parser.nextToken()) {
          list.add(read(parser, next));
        }
        return list;
      }
      case VALUE_STRING -> {
        return parser.getText();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return parser.getDecimalValue();
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return parser.getBooleanValue();
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw new IOException("Unexpected JSON token " + token);
    }
  }
}
