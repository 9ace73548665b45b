package dev.botwright.internal.journal;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Segment files ({@code 0000000000000001.log}, ...) and reading records back from them. */
final class Segments {

  private static final Logger LOG = LoggerFactory.getLogger(Segments.class);
  private static final String SUFFIX = ".log";

  private Segments() {}

  static Path path(Path dir, long segment) {
    return dir.resolve(String.format("%016d%s", segment, SUFFIX));
  }

  /** Segment numbers in {@code dir}, oldest first. */
  static List<Long> list(Path dir) throws IOException {
    List<Long> segments = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        if (name.endsWith(SUFFIX) && name.length() == 16 + SUFFIX.length()) {
          try {
            segments.add(Long.parseLong(name.substring(0, 16)));
          } catch (NumberFormatException e) {
            // Not ours; leave it alone.
          }
        }
      }
    }
    segments.sort(null);
    return segments;
  }

  /**
   * Reads every valid record of a segment and cuts the file after the last one: a frame that is
   * short or fails its checksum is the torn tail of a write that a crash interrupted.
   *
   * @return the length of the valid part
   */
  static long readAndRepair(Path dir, long segment, JournalLog.Replay visitor) throws IOException {
    Path file = path(dir, segment);
    long size = Files.size(file);
    long valid = scan(dir, segment, visitor, true);
    if (valid < size) {
      LOG.warn(
          "Delivery journal segment {} ends with {} bytes of an incomplete or corrupt record"
              + " (a write interrupted by a crash); cutting them off",
          file,
          size - valid);
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
        channel.truncate(valid);
        channel.force(true);
      }
    }
    return valid;
  }

  /**
   * Passes every valid record of a segment to {@code visitor}, received records without their
   * payload unless {@code bodies}; stops at the first frame that is short or fails its checksum.
   *
   * @return the length of the valid part
   */
  static long scan(Path dir, long segment, JournalLog.Replay visitor, boolean bodies)
      throws IOException {
    Path file = path(dir, segment);
    long valid = 0;
    long size = Files.size(file);
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      FrameReader frames = new FrameReader(in, bodies);
      while (valid < size) {
        Frame frame = frames.next(size - valid);
        if (frame == null) {
          break;
        }
        visitor.record(frame.record(), new Location(segment, valid));
        valid = valid + RecordCodec.HEADER_BYTES + frame.length();
      }
    }
    return valid;
  }

  private record Frame(LogRecord record, int length) {}

  /** Reads frames one after another, into one payload buffer that grows as needed. */
  private static final class FrameReader {
    private final DataInputStream in;
    private final boolean bodies;
    private byte[] buffer = new byte[1 << 14];

    FrameReader(DataInputStream in, boolean bodies) {
      this.in = in;
      this.bodies = bodies;
    }

    /** The next frame, or null at the end of the valid part ({@code left} bytes remain). */
    @Nullable Frame next(long left) throws IOException {
      if (left < RecordCodec.HEADER_BYTES) {
        return null;
      }
      int length;
      int crc;
      try {
        length = in.readInt();
        crc = in.readInt();
      } catch (EOFException e) {
        return null;
      }
      if (length <= 0
          || length > RecordCodec.MAX_PAYLOAD_BYTES
          || length > left - RecordCodec.HEADER_BYTES) {
        return null;
      }
      if (buffer.length < length) {
        buffer = new byte[Math.max(length, buffer.length * 2)];
      }
      if (in.readNBytes(buffer, 0, length) < length || !RecordCodec.valid(buffer, length, crc)) {
        return null;
      }
      try {
        return new Frame(RecordCodec.decode(buffer, length, bodies), length);
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }
  }

  /** The record at {@code offset} of an open segment. */
  static LogRecord readAt(FileChannel channel, long offset) throws IOException {
    ByteBuffer header = ByteBuffer.allocate(RecordCodec.HEADER_BYTES);
    readFully(channel, header, offset);
    header.flip();
    int length = header.getInt();
    int crc = header.getInt();
    if (length <= 0 || length > RecordCodec.MAX_PAYLOAD_BYTES) {
      throw new IOException("no record at offset " + offset);
    }
    ByteBuffer payload = ByteBuffer.allocate(length);
    readFully(channel, payload, offset + RecordCodec.HEADER_BYTES);
    if (!RecordCodec.valid(payload.array(), crc)) {
      throw new IOException("checksum mismatch at offset " + offset);
    }
    return RecordCodec.decode(payload.array());
  }

  private static void readFully(FileChannel channel, ByteBuffer buffer, long position)
      throws IOException {
    while (buffer.hasRemaining()) {
      int read = channel.read(buffer, position + buffer.position());
      if (read < 0) {
        throw new EOFException("segment ends at " + (position + buffer.position()));
      }
    }
  }
}
