package dev.botwright.internal.proxy;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Reads a {@code text/event-stream} as the HTML standard's EventSource does: {@code data} lines
 * joined by newlines, {@code event} names the type ({@code message} when absent), {@code id} sets
 * the last event id (kept across connections, for {@code Last-Event-ID}), comments and unknown
 * fields are ignored, an event without data or cut off by the end of the stream is not dispatched.
 */
final class EventStream {

  /** One dispatched event. */
  record Event(String id, String type, String data) {}

  private String lastEventId = "";

  /** The id of the last event dispatched (or announced), empty before any. */
  String lastEventId() {
    return lastEventId;
  }

  /** Dispatches each complete event to {@code sink} until the stream ends. */
  void read(BufferedReader in, Consumer<Event> sink) throws IOException {
    String idBuffer = lastEventId;
    StringBuilder data = new StringBuilder();
    boolean hasData = false;
    String type = "";
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isEmpty()) {
        lastEventId = idBuffer;
        if (hasData) {
          sink.accept(new Event(idBuffer, type.isEmpty() ? "message" : type, data.toString()));
        }
        data.setLength(0);
        hasData = false;
        type = "";
        continue;
      }
      if (line.startsWith(":")) {
        continue;
      }
      int colon = line.indexOf(':');
      String field = colon < 0 ? line : line.substring(0, colon);
      String value = colon < 0 ? "" : line.substring(colon + 1);
      if (value.startsWith(" ")) {
        value = value.substring(1);
      }
      switch (field) {
        case "data" -> {
          if (hasData) {
            data.append('\n');
          }
          data.append(value);
          hasData = true;
        }
        case "event" -> type = value;
        case "id" -> idBuffer = value.indexOf('\0') < 0 ? value : idBuffer;
        default -> {
          // "retry" and unknown fields: the client's own bounded backoff decides.
        }
      }
    }
  }
}
