package dev.botwright.internal.webhook;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.micronaut.core.annotation.Internal;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Validates a payload in one streaming pass, without building a tree on the request thread, and
 * picks up the two values intake needs: the top-level {@code action} and {@code installation.id}.
 */
@Internal
public final class WebhookPayloadScanner {

  /** What intake needs from a payload. */
  /**
   * @param action the top-level {@code action}, or null when the payload has none
   * @param installationId {@code installation.id}, or 0
   */
  public record Summary(@Nullable String action, long installationId) {}

  /** The payload is not one JSON object; the message never quotes the payload. */
  public static final class InvalidPayloadException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String reason;

    InvalidPayloadException(String message) {
      super(message, null, false, false);
      this.reason = message;
    }

    /** Why the payload was refused; never null. */
    @Override
    public String getMessage() {
      return reason;
    }
  }

  private final JsonFactory factory;

  /** A scanner for payloads of at most {@code maxPayloadBytes}. */
  public WebhookPayloadScanner(int maxPayloadBytes) {
    this.factory =
        JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            // A payload may be one long string (a big diff or file); the byte limit bounds it.
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxStringLength(Math.max(maxPayloadBytes, 1))
                    .build())
            .build();
  }

  /** Checks that {@code body} is one JSON object and reads its action and installation id. */
  public Summary scan(byte[] body) throws InvalidPayloadException {
    if (body == null || body.length == 0) {
      throw new InvalidPayloadException("The payload is empty; expected a JSON object");
    }
    try (JsonParser parser = factory.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new InvalidPayloadException(
            "The payload is not a JSON object; GitHub sends one object per delivery");
      }
      String action = null;
      long installationId = 0;
      JsonToken token;
      while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
        requireNotEnd(token);
        String field = parser.currentName();
        token = parser.nextToken();
        if ("action".equals(field) && token == JsonToken.VALUE_STRING && action == null) {
          action = parser.getText();
        } else if ("installation".equals(field) && token == JsonToken.START_OBJECT) {
          installationId = installationId(parser);
        } else {
          parser.skipChildren();
        }
      }
      if (parser.nextToken() != null) {
        throw new InvalidPayloadException("The payload has content after its JSON object");
      }
      return new Summary(action, installationId);
    } catch (JsonProcessingException e) {
      // A stream constraint (nesting too deep, say) fails without a location.
      JsonLocation at = e.getLocation();
      throw new InvalidPayloadException(
          at == null
              ? "The payload is not valid JSON (" + e.getOriginalMessage() + ")"
              : "The payload is not valid JSON (line "
                  + at.getLineNr()
                  + ", column "
                  + at.getColumnNr()
                  + ")");
    } catch (IOException e) {
      throw new InvalidPayloadException("The payload could not be read as JSON");
    }
  }

  private static void requireNotEnd(@Nullable JsonToken token) throws InvalidPayloadException {
    if (token == null) {
      throw new InvalidPayloadException("The payload ends before its JSON object is closed");
    }
  }

  /** Reads {@code installation.id} and consumes the rest of the installation object. */
  private static long installationId(JsonParser parser)
      throws IOException, InvalidPayloadException {
    long id = 0;
    JsonToken next;
    while ((next = parser.nextToken()) != JsonToken.END_OBJECT) {
      requireNotEnd(next);
      String field = parser.currentName();
      JsonToken token = parser.nextToken();
      if ("id".equals(field) && token == JsonToken.VALUE_NUMBER_INT) {
        id = parser.getLongValue();
      } else {
        parser.skipChildren();
      }
    }
    return id;
  }
}
