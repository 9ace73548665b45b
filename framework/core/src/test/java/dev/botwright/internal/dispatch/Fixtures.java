package dev.botwright.internal.dispatch;

import dev.botwright.spi.Delivery;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;

/** Reads the JSON fixtures under {@code src/test/resources/fixtures}. */
public final class Fixtures {

  private Fixtures() {}

  /** The bytes of {@code fixtures/<name>.json}, e.g. {@code "issues.opened"}. */
  public static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name + ".json")) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture fixtures/" + name + ".json");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code json} with every field GitHub's schema requires of {@code eventKey} that it lacks (in
   * the objects both have), so a test names only the fields it is about and the typed records still
   * read it.
   */
  public static String complete(String eventKey, String json) {
    try {
      com.fasterxml.jackson.databind.JsonNode given = JSON.readTree(json);
      return addMissing(given, SCHEMA.minimal(eventKey)).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static com.fasterxml.jackson.databind.JsonNode addMissing(
      com.fasterxml.jackson.databind.JsonNode into, com.fasterxml.jackson.databind.JsonNode from) {
    if (into.isObject() && from.isObject()) {
      var object = (com.fasterxml.jackson.databind.node.ObjectNode) into;
      from.fields()
          .forEachRemaining(
              field -> {
                var own = object.get(field.getKey());
                object.set(
                    field.getKey(),
                    own == null ? field.getValue() : addMissing(own, field.getValue()));
              });
    }
    return into;
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();
  private static final dev.botwright.codegen.SchemaPayloads SCHEMA =
      dev.botwright.codegen.SchemaPayloads.load();

  /** A delivery of fixture {@code event.action} as intake would build it. */
  static Delivery delivery(String id, String event, String action, long installation, byte[] body) {
    return new Delivery(id, event, action, installation, Map.of(), body, Instant.now());
  }

  /** Runs one attempt of {@code delivery} with the plan intake would have made. */
  static DeliveryProcessor.AttemptResult process(
      DeliveryProcessor processor, Delivery delivery, DeliveryProcessor.Attempt attempt) {
    return processor.process(delivery, processor.plan(delivery).orElse(DeliveryPlan.NONE), attempt);
  }
}
