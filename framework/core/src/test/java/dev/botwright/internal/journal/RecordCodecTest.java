package dev.botwright.internal.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.botwright.spi.DeliveryJournal.DeliveryState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordCodecTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "9f1c-0001",
        "issues",
        "café",
        "NUL \u0000 inside",
        "emoji \uD83E\uDD16 and ✓",
        "\u00ff\u0100\u07ff\u0800\uffff"
      })
  void everyStringComesBackAsWritten(String text) throws IOException {
    LogRecord.Received received =
        new LogRecord.Received(
            text,
            "issues",
            text,
            42L,
            Map.of("X-GitHub-Hook-ID", text),
            text.getBytes(StandardCharsets.UTF_8),
            1_700_000_000_000L);
    LogRecord.State state =
        new LogRecord.State(
            text,
            DeliveryState.FAILED,
            3,
            1_700_000_000_001L,
            1_700_000_060_000L,
            new LinkedHashSet<>(List.of("first", text)),
            List.of(text, "boom"));

    assertThat(roundTrip(received)).usingRecursiveComparison().isEqualTo(received);
    assertThat(roundTrip(state)).isEqualTo(state);
  }

  @Test
  void randomStringsSurviveTheRoundTrip() throws IOException {
    Random random = new Random(20261126L);
    for (int i = 0; i < 500; i++) {
      char[] chars = new char[random.nextInt(40)];
      for (int c = 0; c < chars.length; c++) {
        chars[c] = (char) (random.nextBoolean() ? random.nextInt(128) : random.nextInt(0x10000));
      }
      String text = new String(chars);
      LogRecord.State state =
          new LogRecord.State(
              text, DeliveryState.RUNNING, i, i, 0, new LinkedHashSet<>(List.of(text)), List.of());
      assertThat(roundTrip(state)).as("string %d", i).isEqualTo(state);
    }
  }

  @Test
  void aSummaryLeavesTheBodyBehind() throws IOException {
    LogRecord.Received received =
        new LogRecord.Received("d-1", "issues", null, 7L, Map.of(), new byte[] {1, 2, 3}, 5L);
    byte[] payload = payload(received);

    LogRecord summary = RecordCodec.decode(payload, payload.length, false);

    assertThat(summary).usingRecursiveComparison().isEqualTo(received.summary());
  }

  @Test
  void aTruncatedRecordIsAnIoExceptionNotARuntimeOne() {
    byte[] payload =
        payload(
            new LogRecord.Received(
                "d-1", "issues", "opened", 7L, Map.of("a", "b"), new byte[100], 5L));
    for (int length = 1; length < payload.length; length++) {
      int cut = length;
      assertThatThrownBy(() -> RecordCodec.decode(payload, cut, true))
          .as("cut at %d of %d", cut, payload.length)
          .isInstanceOf(IOException.class);
    }
  }

  private static LogRecord roundTrip(LogRecord record) throws IOException {
    byte[] payload = payload(record);
    return RecordCodec.decode(payload);
  }

  private static byte[] payload(LogRecord record) {
    ByteArrayOutputStream frame = new ByteArrayOutputStream();
    try {
      RecordCodec.encode(record).writeTo(frame);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] bytes = frame.toByteArray();
    return Arrays.copyOfRange(bytes, RecordCodec.HEADER_BYTES, bytes.length);
  }
}
