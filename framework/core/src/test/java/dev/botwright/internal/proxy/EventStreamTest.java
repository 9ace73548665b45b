package dev.botwright.internal.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The event stream is read as EventSource reads it. */
class EventStreamTest {

  private final EventStream stream = new EventStream();

  private List<EventStream.Event> read(String text) throws IOException {
    List<EventStream.Event> events = new ArrayList<>();
    stream.read(new BufferedReader(new StringReader(text)), events::add);
    return events;
  }

  @Test
  void readsTypesIdsAndMultiLineData() throws IOException {
    List<EventStream.Event> events =
        read(
            ": a comment\r\nevent: ready\ndata: {}\n\n"
                + "id: 7\ndata:{\"a\":\ndata: 1}\nretry: 10\n\n"
                + "id\ndata: x\n\n");

    assertThat(events)
        .containsExactly(
            new EventStream.Event("", "ready", "{}"),
            new EventStream.Event("7", "message", "{\"a\":\n1}"),
            new EventStream.Event("", "message", "x"));
  }

  @Test
  void theLastIdOutlivesTheConnectionAndACutOffEventIsDropped() throws IOException {
    List<EventStream.Event> first = read("id: 1\ndata: a\n\nid: 2\ndata: b\n\nid: 3\ndata: c");
    List<EventStream.Event> second = read("data: d\n\n");

    assertThat(first).extracting(EventStream.Event::data).containsExactly("a", "b");
    assertThat(second).containsExactly(new EventStream.Event("2", "message", "d"));
    assertThat(stream.lastEventId()).isEqualTo("2");
  }
}
