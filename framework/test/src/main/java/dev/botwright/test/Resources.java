package dev.botwright.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Reads resources from the test classpath (the test's own first, then the kit's). */
final class Resources {

  private Resources() {}

  /** The bytes of {@code resource}, or a failure telling where to put it. */
  static byte[] read(String resource) {
    String path = strip(resource);
    return find(path)
        .orElseThrow(
            () ->
                new AssertionError(
                    "Fixture '"
                        + path
                        + "' is not on the test classpath: put it in src/test/resources/"
                        + path));
  }

  static Optional<byte[]> find(String resource) {
    String path = strip(resource);
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    ClassLoader loader = context != null ? context : Resources.class.getClassLoader();
    try (InputStream in = open(loader, path)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read fixture " + path, e);
    }
  }

  private static InputStream open(ClassLoader loader, String path) {
    InputStream in = loader.getResourceAsStream(path);
    return in != null ? in : Resources.class.getClassLoader().getResourceAsStream(path);
  }

  private static String strip(String resource) {
    return resource.startsWith("/") ? resource.substring(1) : resource;
  }
}
