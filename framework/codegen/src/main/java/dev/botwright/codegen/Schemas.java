package dev.botwright.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/** One OpenAPI document, with {@code $ref} resolution into {@code components/schemas}. */
final class Schemas {

  private final JsonNode document;
  private final JsonNode components;
  private final String version;

  Schemas(JsonNode document, String version) {
    this.document = document;
    this.components = document.path("components").path("schemas");
    this.version = version;
  }

  /** Reads a gzipped document from the generator's resources, e.g. {@code schemas/x.json.gz}. */
  static Schemas load(String resource, String version) {
    try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "No resource " + resource + " on the generator's classpath");
      }
      return new Schemas(new ObjectMapper().readTree(new GZIPInputStream(in)), version);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + resource, e);
    }
  }

  JsonNode document() {
    return document;
  }

  String version() {
    return version;
  }

  /** The component a {@code $ref} names, e.g. {@code simple-user}. */
  static String refName(JsonNode schema) {
    String ref = schema.path("$ref").asText();
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  JsonNode component(String name) {
    JsonNode schema = components.get(name);
    if (schema == null) {
      throw new IllegalStateException("Unresolved schema reference " + name);
    }
    return schema;
  }

  /** Follows {@code $ref}s to the schema itself. */
  JsonNode deref(JsonNode schema) {
    JsonNode current = schema;
    while (current.has("$ref")) {
      current = component(refName(current));
    }
    return current;
  }
}
