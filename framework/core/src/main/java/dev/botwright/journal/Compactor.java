package dev.botwright.journal;

import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

  static Result rewrite(Path dir, List<Long> segments, Policy policy) throws IOException {
    Map<String, Location> lastReceived = new HashMap<>();
    Map<String, LogRecord.State> latest = new HashMap<>();
    for (long segment : segments) {
      Segments.readAndRepair(
          dir,
          segment,
          (record, location) -> {
            if (record instanceof LogRecord.Received) {
              lastReceived.put(record.id(), location);
            } else {
              latest.put(record.id(), (LogRecord.State) record);
            }
          });
    }
    long target = segments.get(segments.size() - 1);
    Path file = tmp(dir);
    Map<String, Location> locations = new HashMap<>();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      long[] position = {0};
      for (long segment : segments) {
        Segments.readAndRepair(
            dir,
            segment,
            (record, location) -> {
              if (!(record instanceof LogRecord.Received received)
                  || !location.equals(lastReceived.get(record.id()))) {
                return;
              }
              LogRecord.State state = latest.get(record.id());
              Keep keep = policy.keep(received, state);
              if (keep == Keep.DROP) {
                return;
              }
              LogRecord.Received kept = keep == Keep.ALL ? received : received.summary();
              locations.put(record.id(), new Location(target, position[0]));
              position[0] += write(out, kept);
              if (state != null) {
                position[0] += write(out, state);
              }
            });
      }
      out.flush();
    }
    try (var channel =
        java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    return new Result(file, target, locations);
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
    byte[] frame = RecordCodec.encode(record);
    try {
      out.write(frame);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return frame.length;
  }
}
