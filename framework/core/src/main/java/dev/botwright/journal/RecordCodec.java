package dev.botwright.journal;

import dev.botwright.spi.DeliveryJournal.DeliveryState;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The on-disk frame of a record: {@code int length, int crc32, payload}, where the payload is a
 * kind byte followed by the record's fields. The checksum covers the payload, so a torn or
 * overwritten tail is recognised on open.
 */
final class RecordCodec {

  static final int HEADER_BYTES = 8;

  /** Larger than any GitHub payload (25 MB) plus headers; a bigger length is corruption. */
  static final int MAX_PAYLOAD_BYTES = 32 * 1024 * 1024;

  private static final byte RECEIVED = 1;
  private static final byte STATE = 2;

  private RecordCodec() {}

  /** The framed bytes of {@code record}. */
  static byte[] encode(LogRecord record) {
    // Sized for the body up front: growing by doubling would copy a 10 KB payload five times.
    int bodyBytes =
        record instanceof LogRecord.Received r && r.body() != null ? r.body().length : 0;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024 + bodyBytes);
    bytes.write(new byte[HEADER_BYTES], 0, HEADER_BYTES);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      if (record instanceof LogRecord.Received r) {
        out.writeByte(RECEIVED);
        out.writeUTF(r.id());
        out.writeUTF(r.event());
        writeNullable(out, r.action());
        out.writeLong(r.installationId());
        out.writeLong(r.receivedAt());
        out.writeInt(r.headers().size());
        for (Map.Entry<String, String> header : r.headers().entrySet()) {
          out.writeUTF(header.getKey());
          out.writeUTF(header.getValue());
        }
        out.writeInt(r.body() == null ? -1 : r.body().length);
        if (r.body() != null) {
          out.write(r.body());
        }
      } else {
        LogRecord.State s = (LogRecord.State) record;
        out.writeByte(STATE);
        out.writeUTF(s.id());
        out.writeByte(s.state().ordinal());
        out.writeInt(s.attempts());
        out.writeLong(s.updatedAt());
        out.writeLong(s.nextAttemptAt());
        writeStrings(out, s.handlers());
        writeStrings(out, s.errors());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] frame = bytes.toByteArray();
    CRC32 crc = new CRC32();
    crc.update(frame, HEADER_BYTES, frame.length - HEADER_BYTES);
    ByteBuffer.wrap(frame).putInt(frame.length - HEADER_BYTES).putInt((int) crc.getValue());
    return frame;
  }

  /** Whether {@code payload} matches the checksum of its frame header. */
  static boolean valid(byte[] payload, int crc) {
    return valid(payload, payload.length, crc);
  }

  /** Whether the first {@code length} bytes of {@code payload} match the checksum. */
  static boolean valid(byte[] payload, int length, int crc) {
    CRC32 check = new CRC32();
    check.update(payload, 0, length);
    return (int) check.getValue() == crc;
  }

  /** The record in a payload whose checksum was verified. */
  static LogRecord decode(byte[] payload) throws IOException {
    return decode(payload, payload.length, true);
  }

  /**
   * The record in the first {@code length} bytes of a verified payload; without {@code body} a
   * received record comes back as its {@link LogRecord.Received#summary() summary}, which saves a
   * compaction copying every payload it is about to drop.
   */
  static LogRecord decode(byte[] payload, int length, boolean body) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload, 0, length));
    byte kind = in.readByte();
    if (kind == RECEIVED) {
      String id = in.readUTF();
      String event = in.readUTF();
      String action = readNullable(in);
      long installation = in.readLong();
      long receivedAt = in.readLong();
      int count = in.readInt();
      Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 0; i < count; i++) {
        headers.put(in.readUTF(), in.readUTF());
      }
      int bodyLength = in.readInt();
      byte[] bytes = bodyLength < 0 || !body ? null : in.readNBytes(bodyLength);
      return new LogRecord.Received(id, event, action, installation, headers, bytes, receivedAt);
    }
    if (kind == STATE) {
      String id = in.readUTF();
      DeliveryState state = DeliveryState.values()[in.readByte()];
      int attempts = in.readInt();
      long updatedAt = in.readLong();
      long next = in.readLong();
      Set<String> handlers = new LinkedHashSet<>(readStrings(in));
      List<String> errors = readStrings(in);
      return new LogRecord.State(id, state, attempts, updatedAt, next, handlers, errors);
    }
    throw new IOException("unknown record kind " + kind);
  }

  private static void writeNullable(DataOutputStream out, String value) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      out.writeUTF(value);
    }
  }

  private static String readNullable(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }

  private static void writeStrings(DataOutputStream out, java.util.Collection<String> values)
      throws IOException {
    out.writeInt(values.size());
    for (String value : values) {
      out.writeUTF(value);
    }
  }

  private static List<String> readStrings(DataInputStream in) throws IOException {
    int count = in.readInt();
    List<String> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(in.readUTF());
    }
    return values;
  }
}
