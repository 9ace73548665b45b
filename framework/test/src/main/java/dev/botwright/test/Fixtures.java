package dev.botwright.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads fixture payloads from the test classpath. */
final class Fixtures {

  private Fixtures() {}

  static byte[] load(String resource) {
    String path = resource.startsWith("/") ? resource.substring(1) : resource;
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        throw new AssertionError(
            "Fixture '"
                + path
                + "' is not on the test classpath: put it in src/test/resources/"
                + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read fixture " + path, e);
    }
  }
}
