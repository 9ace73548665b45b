package dev.botwright.internal.deliverylog;

import dev.botwright.config.DeliveryPageConfiguration;
import dev.botwright.internal.logging.Redaction;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A payload as the page shows it: indented JSON in which the values of the configured field names
 * ({@code botwright.admin.page.redacted-fields}, any depth, any case) are {@value Redaction#MASK}
 * and every string is passed through {@link Redaction}, so a token pasted into an issue body is
 * masked too. A body that is not JSON is shown redacted as it is.
 */
@Singleton
final class PayloadMasking {

  private final Set<String> fields;
  private final JsonMapper json;

  PayloadMasking(DeliveryPageConfiguration config, JsonMapper json) {
    this.fields =
        config.getRedactedFields().stream()
            .map(f -> f.strip().toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    this.json = json;
  }

  /** {@code body} masked and indented. */
  String show(byte[] body) {
    JsonNode tree;
    try {
      tree = json.readValue(body, JsonNode.class);
    } catch (IOException | RuntimeException e) {
      return Redaction.redact(new String(body, StandardCharsets.UTF_8));
    }
    StringBuilder out = new StringBuilder(body.length + 256);
    write(tree, out, "");
    return out.toString();
  }

  /** The payload's {@code repository.full_name}, if it has one. */
  Optional<String> repository(byte[] body) {
    try {
      JsonNode repository = json.readValue(body, JsonNode.class).get("repository");
      JsonNode name = repository == null ? null : repository.get("full_name");
      return name != null && name.isString()
          ? Optional.of(name.getStringValue())
          : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private void write(JsonNode node, StringBuilder out, String indent) {
    if (node.isObject()) {
      String inner = indent + "  ";
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, JsonNode> entry : node.entries()) {
        out.append(first ? "\n" : ",\n").append(inner);
        first = false;
        quote(entry.getKey(), out);
        out.append(": ");
        if (fields.contains(entry.getKey().toLowerCase(Locale.ROOT))
            && !entry.getValue().isNull()) {
          quote(Redaction.MASK, out);
        } else {
          write(entry.getValue(), out, inner);
        }
      }
      out.append(first ? "}" : "\n" + indent + "}");
    } else if (node.isArray()) {
      String inner = indent + "  ";
      out.append('[');
      boolean first = true;
      for (JsonNode value : node.values()) {
        out.append(first ? "\n" : ",\n").append(inner);
        first = false;
        write(value, out, inner);
      }
      out.append(first ? "]" : "\n" + indent + "]");
    } else if (node.isString()) {
      quote(Redaction.redact(node.getStringValue()), out);
    } else if (node.isNumber()) {
      out.append(node.getNumberValue());
    } else if (node.isBoolean()) {
      out.append(node.getBooleanValue());
    } else {
      out.append("null");
    }
  }

  private static void quote(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
