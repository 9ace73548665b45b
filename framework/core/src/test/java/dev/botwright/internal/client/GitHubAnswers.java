package dev.botwright.internal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.botwright.codegen.RestAnswers;
import dev.botwright.codegen.SchemaPayloads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Answers shaped as GitHub's REST description says (botwright-codegen's {@link RestAnswers}), so
 * the typed helpers read them, with the fields a test cares about changed.
 */
public final class GitHubAnswers {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectNode SHAPES = RestAnswers.templates();

  private GitHubAnswers() {}

  /** The answer of {@code route}: an object, or a list of one item. */
  public static String of(String route) {
    JsonNode shape = shape(route);
    if (shape.isArray()) {
      return JSON.createArrayNode().add(answer(shape.get(0))).toString();
    }
    return answer(shape).toString();
  }

  /** An object answer of {@code route} with the fields of {@code json} replacing its own. */
  static String with(String route, String json) {
    return merge(answer(shape(route)), parse(json)).toString();
  }

  /** A list answer of {@code route} with one item per JSON object given, each completed. */
  static String items(String route, String... items) {
    JsonNode shape = shape(route);
    JsonNode item = shape.isArray() ? shape.get(0) : only(shape);
    ArrayNode list = JSON.createArrayNode();
    for (String json : items) {
      list.add(merge(answer(item), parse(json)));
    }
    return list.toString();
  }

  /** An answer of a shape: what it may send as null is null, and lists are empty. */
  private static JsonNode answer(JsonNode shape) {
    if (shape.isObject() && shape.size() == 1 && shape.has(SchemaPayloads.NULL_OR)) {
      return JSON.nullNode();
    }
    if (shape.isArray()) {
      return JSON.createArrayNode();
    }
    if (shape.isObject()) {
      ObjectNode answer = JSON.createObjectNode();
      shape.fields().forEachRemaining(f -> answer.set(f.getKey(), answer(f.getValue())));
      return answer;
    }
    return shape;
  }

  /** Stubs every typed route with its shape, at {@code priority}. */
  static void stubAll(WireMockServer github, int priority) {
    for (Iterator<Map.Entry<String, JsonNode>> it = SHAPES.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String[] route = entry.getKey().split(" ", 2);
      StringBuilder regex = new StringBuilder();
      for (String part : route[1].split("(?=\\{)|(?<=\\})")) {
        // A file path fills several segments ({+path} in the client's routes).
        regex.append(
            part.equals("{path}") ? ".+" : part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
      }
      github.stubFor(
          request(route[0], urlPathMatching(regex.toString()))
              .atPriority(priority)
              .willReturn(okJson(of(entry.getKey()))));
    }
  }

  private static JsonNode shape(String route) {
    JsonNode shape = SHAPES.get(route);
    if (shape == null) {
      throw new IllegalArgumentException("No typed answer for " + route);
    }
    return shape;
  }

  /** The item shape of an object answer that wraps its list, e.g. installation repositories. */
  private static JsonNode only(JsonNode wrapper) {
    for (JsonNode value : wrapper) {
      if (value.isArray() && value.size() == 1) {
        return value.get(0);
      }
    }
    throw new IllegalArgumentException("The answer holds no list: " + wrapper);
  }

  private static JsonNode merge(JsonNode into, JsonNode changes) {
    changes
        .fields()
        .forEachRemaining(
            field -> {
              JsonNode existing = into.get(field.getKey());
              if (existing != null && existing.isObject() && field.getValue().isObject()) {
                merge(existing, field.getValue());
              } else {
                ((ObjectNode) into).set(field.getKey(), field.getValue());
              }
            });
    return into;
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
