package {{package}};

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Variations of the fixtures in src/test/resources/fixtures, for one test each. */
final class Payloads {

  private Payloads() {}

  /** The fixture {@code name} with every {@code from} replaced by {@code to}. */
  static byte[] withReplaced(String name, String from, String to) {
    try (InputStream in = Payloads.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture " + name + " in src/test/resources");
      }
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (!json.contains(from)) {
        throw new IllegalArgumentException(name + " does not contain " + from);
      }
      return json.replace(from, to).getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
