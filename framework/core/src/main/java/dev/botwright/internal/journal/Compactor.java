package dev.botwright.internal.journal;

import dev.botwright.internal.files.OwnerOnly;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites sealed segments into one holding, per delivery, its last {@link LogRecord.Received}
 * (whole, as a summary, or not at all, as the policy says) followed by its latest {@link
 * LogRecord.State}, in arrival order. The result replaces the newest sealed segment; the older ones
 * are deleted. A crash in between leaves old and new records, which replay to the same states.
 */
@Internal
public final class Compactor {

  /** What to keep of a delivery. */
  public enum Keep {
    /** Payload and state: the delivery may still run or be replayed. */
    ALL,
    /** Only what operators and de-duplication need. */
    SUMMARY,
    /** Nothing: past retention. */
    DROP
  }

  /** Decides what a compaction keeps. */
  public interface Policy {
    /** What to keep of a delivery, given its latest state in the sealed segments, if any. */
    Keep keep(LogRecord.Received received, @Nullable LogRecord.State latest);
  }

  record Result(Path file, long segment, Map<String, Location> locations) {}

  private Compactor() {}

  static Path tmp(Path dir) {
    return dir.resolve("compaction.tmp");
  }

  /**
   * Two passes over the sealed segments that decode no payload: the first finds each delivery's
   * last received record and latest state, the second writes what the policy keeps, reading a
   * payload back (by its location) only for the deliveries kept whole. Under sustained traffic most
   * deliveries are finished, so a compaction copies summaries, not 64 MB of payloads twice.
   */
  static Result rewrite(Path dir, List<Long> segments, Policy policy) throws IOException {
    Map<String, Location> lastReceived = new HashMap<>();
    Map<String, LogRecord.State> latest = new HashMap<>();
    for (long segment : segments) {
      Segments.scan(
          dir,
          segment,
          (record, location) -> {
            if (record instanceof LogRecord.Received) {
              lastReceived.put(record.id(), location);
            } else {
              latest.put(record.id(), (LogRecord.State) record);
            }
          },
          false);
    }
    long target = segments.get(segments.size() - 1);
    Path file = tmp(dir);
    Map<String, Location> locations = new HashMap<>();
    Map<Long, FileChannel> readers = new HashMap<>();
    try (OutputStream out =
        new BufferedOutputStream(Channels.newOutputStream(OwnerOnly.create(file)), 1 << 16)) {
      long[] position = {0};
      for (long segment : segments) {
        Segments.scan(
            dir,
            segment,
            (record, location) -> {
              if (!(record instanceof LogRecord.Received summary)
                  || !location.equals(lastReceived.get(record.id()))) {
                return;
              }
              LogRecord.State state = latest.get(record.id());
              Keep keep = policy.keep(summary, state);
              if (keep == Keep.DROP) {
                return;
              }
              LogRecord kept = keep == Keep.ALL ? whole(dir, readers, location) : summary;
              locations.put(record.id(), new Location(target, position[0]));
              position[0] += write(out, kept);
              if (state != null) {
                position[0] += write(out, state);
              }
            },
            false);
      }
      out.flush();
    } finally {
      for (FileChannel reader : readers.values()) {
        reader.close();
      }
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    return new Result(file, target, locations);
  }

  /** The record at {@code location} with its payload. */
  private static LogRecord whole(Path dir, Map<Long, FileChannel> readers, Location location) {
    try {
      FileChannel reader = readers.get(location.segment());
      if (reader == null) {
        reader = FileChannel.open(Segments.path(dir, location.segment()), StandardOpenOption.READ);
        readers.put(location.segment(), reader);
      }
      return Segments.readAt(reader, location.offset());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void install(Path dir, List<Long> segments, Result result) throws IOException {
    Files.move(
        result.file(),
        Segments.path(dir, result.segment()),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    for (long segment : segments) {
      if (segment != result.segment()) {
        Files.deleteIfExists(Segments.path(dir, segment));
      }
    }
  }

  private static int write(OutputStream out, LogRecord record) {
    RecordCodec.Frame frame = RecordCodec.encode(record);
    try {
      frame.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return frame.length();
  }
}
