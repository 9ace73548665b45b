package dev.botwright.dispatch;

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

  /** A delivery of fixture {@code event.action} as intake would build it. */
  static Delivery delivery(String id, String event, String action, long installation, byte[] body) {
    return new Delivery(id, event, action, installation, Map.of(), body, Instant.now());
  }
}
