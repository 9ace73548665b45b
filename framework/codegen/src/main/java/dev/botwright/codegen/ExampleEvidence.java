package dev.botwright.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.botwright.codegen.TypeRef.EnumRef;
import dev.botwright.codegen.TypeRef.Json;
import dev.botwright.codegen.TypeRef.ListRef;
import dev.botwright.codegen.TypeRef.MapRef;
import dev.botwright.codegen.TypeRef.ObjectRef;
import dev.botwright.codegen.TypeRef.Scalar;
import dev.botwright.codegen.WebhookModel.Action;
import dev.botwright.codegen.WebhookModel.EventSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * GitHub's own example payloads ({@code @octokit/webhooks-examples}, shipped in the testing kit) as
 * evidence next to the schema: where a real payload leaves out, nulls or mistypes a field the
 * schema calls always present, GitHub has sent it that way, so the record must not promise it. Such
 * a field becomes {@code @Nullable} (and is read leniently).
 */
final class ExampleEvidence {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ModelBuilder builder;

  /** What the examples relaxed, e.g. {@code CheckRun.details_url: missing in check_run...}. */
  final Set<String> relaxed = new TreeSet<>();

  private ExampleEvidence(ModelBuilder builder) {
    this.builder = builder;
  }

  /**
   * Relaxes the model by every example in {@code directory} (named {@code event.action[.n].json},
   * listed in its {@code index.txt}).
   */
  static ExampleEvidence apply(WebhookModel model, Path directory) {
    ExampleEvidence evidence = new ExampleEvidence(model.builder);
    List<String> names;
    try {
      names =
          Files.readAllLines(directory.resolve("index.txt")).stream()
              .map(String::strip)
              .filter(line -> !line.isEmpty())
              .toList();
      for (String name : names) {
        String key = name.replaceAll("(\\.\\d+)+$", "");
        String record = recordOf(model, key);
        if (record == null) {
          continue;
        }
        JsonNode payload = JSON.readTree(directory.resolve(name + ".json").toFile());
        evidence.visit(record, payload, name);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the examples in " + directory, e);
    }
    return evidence;
  }

  private static String recordOf(WebhookModel model, String key) {
    String event = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
    EventSpec spec = model.events.get(event);
    if (spec == null) {
      return null;
    }
    for (Action action : spec.actions) {
      if (action.key().equals(key) || !spec.sealed()) {
        return action.recordName();
      }
    }
    return null;
  }

  private void visit(String recordName, JsonNode object, String where) {
    RecordSpec record = builder.records.get(builder.find(recordName));
    if (record == null || !object.isObject()) {
      return;
    }
    for (FieldSpec field : record.fields.values()) {
      JsonNode value = object.get(field.jsonName);
      String at = where + "." + field.jsonName;
      if (value == null || value.isNull()) {
        relax(record, field, (value == null ? "missing in " : "null in ") + at);
        continue;
      }
      TypeRef type = builder.canonical(field.type);
      if (type instanceof EnumRef e && value.isTextual()) {
        // A value GitHub sent that its schema's enum lacks is a value of the enum.
        if (builder.enums.get(e.key()).values.add(value.asText())) {
          relaxed.add(e.key() + " += '" + value.asText() + "' from " + at);
        }
      }
      if (!fits(type, value)) {
        relax(record, field, "not " + type + " in " + at);
        continue;
      }
      visitValue(type, value, at);
    }
  }

  private void visitValue(TypeRef type, JsonNode value, String at) {
    if (type instanceof ObjectRef o) {
      visit(o.name(), value, at);
    } else if (type instanceof ListRef l) {
      int i = 0;
      for (JsonNode item : value) {
        if (fits(l.item(), item)) {
          visitValue(l.item(), item, at + "[" + i++ + "]");
        }
      }
    } else if (type instanceof MapRef m) {
      value
          .fields()
          .forEachRemaining(e -> visitValue(m.value(), e.getValue(), at + "." + e.getKey()));
    }
  }

  private void relax(RecordSpec record, FieldSpec field, String why) {
    if (record.required(field)) {
      field.nullableSeen = true;
      relaxed.add(record.name + "." + field.jsonName + ": " + why);
    }
  }

  /** Whether the reader would read this value as the type rather than give up on it. */
  private static boolean fits(TypeRef type, JsonNode value) {
    if (type instanceof Scalar s) {
      return switch (s) {
        case STRING -> value.isTextual();
        case LONG -> value.isIntegralNumber() && value.canConvertToLong();
        case DOUBLE -> value.isNumber();
        case BOOLEAN -> value.isBoolean();
        case INSTANT ->
            value.isIntegralNumber() || value.isTextual() && isTimestamp(value.asText());
      };
    }
    if (type instanceof EnumRef) {
      return value.isTextual();
    }
    if (type instanceof ObjectRef || type instanceof MapRef) {
      return value.isObject();
    }
    if (type instanceof ListRef) {
      return value.isArray();
    }
    return type instanceof Json;
  }

  /** What the reader reads as a timestamp: ISO 8601 with an offset, or GitHub's older form. */
  private static boolean isTimestamp(String text) {
    return text.matches("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}.*");
  }
}
