package dev.botwright.internal.journal;

import dev.botwright.spi.DeliveryJournal.DeliveryState;
import io.micronaut.core.annotation.Nullable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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

  /**
   * A framed record: {@code head} holds the frame header and the fields, {@code body} (a received
   * record's payload, or null) follows it on disk. The payload is not copied into the frame: a 25
   * MB delivery held twice did not fit a 64 MB heap.
   */
  record Frame(byte[] head, byte @Nullable [] body) {

    /** The frame's length on disk. */
    int length() {
      return head.length + (body == null ? 0 : body.length);
    }

    void writeTo(OutputStream out) throws IOException {
      out.write(head);
      if (body != null) {
        out.write(body);
      }
    }
  }

  /** The frame of {@code record}. */
  static Frame encode(LogRecord record) {
    byte[] body = record instanceof LogRecord.Received r ? r.body() : null;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
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
        out.writeInt(body == null ? -1 : body.length);
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
    byte[] head = bytes.toByteArray();
    CRC32 crc = new CRC32();
    crc.update(head, HEADER_BYTES, head.length - HEADER_BYTES);
    if (body != null) {
      crc.update(body);
    }
    Frame frame = new Frame(head, body);
    ByteBuffer.wrap(head).putInt(frame.length() - HEADER_BYTES).putInt((int) crc.getValue());
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
    // A ByteBuffer, not a DataInputStream: ByteArrayInputStream.read is synchronized per byte,
    // which made decoding summaries most of a compaction's CPU.
    ByteBuffer in = ByteBuffer.wrap(payload, 0, length);
    try {
      byte kind = in.get();
      if (kind == RECEIVED) {
        String id = readUtf(in);
        String event = readUtf(in);
        String action = in.get() != 0 ? readUtf(in) : null;
        long installation = in.getLong();
        long receivedAt = in.getLong();
        int count = in.getInt();
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
          headers.put(readUtf(in), readUtf(in));
        }
        int bodyLength = in.getInt();
        byte[] bytes = null;
        if (bodyLength > in.remaining()) {
          throw new EOFException("body ends past its record");
        }
        if (bodyLength >= 0 && body) {
          bytes = new byte[bodyLength];
          in.get(bytes);
        }
        return new LogRecord.Received(id, event, action, installation, headers, bytes, receivedAt);
      }
      if (kind == STATE) {
        String id = readUtf(in);
        DeliveryState state = DeliveryState.values()[in.get()];
        int attempts = in.getInt();
        long updatedAt = in.getLong();
        long next = in.getLong();
        Set<String> handlers = new LinkedHashSet<>(readStrings(in));
        List<String> errors = readStrings(in);
        return new LogRecord.State(id, state, attempts, updatedAt, next, handlers, errors);
      }
      throw new IOException("unknown record kind " + kind);
    } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
      throw new EOFException("record ends early");
    }
  }

  /**
   * A string written by {@link DataOutputStream#writeUTF}: an unsigned short length, then modified
   * UTF-8. Plain ASCII (ids, event names, header names) is decoded directly; anything else goes
   * through {@link DataInputStream#readUTF(java.io.DataInput)}, so both ends keep one format.
   */
  private static String readUtf(ByteBuffer in) throws IOException {
    int length = Short.toUnsignedInt(in.getShort());
    byte[] array = in.array();
    int start = in.arrayOffset() + in.position();
    if (length > in.remaining()) {
      throw new EOFException("string ends past its record");
    }
    in.position(in.position() + length);
    for (int i = start; i < start + length; i++) {
      if (array[i] <= 0) { // non-ASCII, or the two-byte form modified UTF-8 gives NUL
        return DataInputStream.readUTF(
            new DataInputStream(new ByteArrayInputStream(array, start - 2, length + 2)));
      }
    }
    return new String(array, start, length, StandardCharsets.ISO_8859_1);
  }

  private static void writeNullable(DataOutputStream out, @Nullable String value)
      throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      out.writeUTF(value);
    }
  }

  private static void writeStrings(DataOutputStream out, java.util.Collection<String> values)
      throws IOException {
    out.writeInt(values.size());
    for (String value : values) {
      out.writeUTF(value);
    }
  }

  private static List<String> readStrings(ByteBuffer in) throws IOException {
    int count = in.getInt();
    if (count < 0 || count > in.remaining() / 2) {
      throw new IOException("bad string count " + count);
    }
    List<String> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(readUtf(in));
    }
    return values;
  }
}
