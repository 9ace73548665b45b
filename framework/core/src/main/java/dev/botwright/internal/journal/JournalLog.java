package dev.botwright.internal.journal;

import dev.botwright.internal.files.OwnerOnly;
import io.micronaut.core.annotation.Internal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The journal on disk: appends go through one {@link GroupWriter} thread, reads of a record are
 * positional reads of its segment, and {@link #compact} rewrites the sealed segments into one. Only
 * one process may open a directory: the {@code lock} file holds an exclusive {@link FileLock}.
 */
@Internal
public final class JournalLog implements AutoCloseable {

  private final Path dir;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final GroupWriter writer;
  private final Map<Long, FileChannel> readers = new ConcurrentHashMap<>();
  // Readers hold the read lock while they resolve and read a location, so that a compaction's
  // file swap (write lock) never removes a segment under a reader.
  private final ReentrantReadWriteLock files = new ReentrantReadWriteLock();

  /** Receives the records found on open, in log order. */
  public interface Replay {
    /** One valid record and where it starts. */
    void record(LogRecord record, Location location);
  }

  private JournalLog(Path dir, FileChannel lockChannel, FileLock lock, GroupWriter writer) {
    this.dir = dir;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.writer = writer;
  }

  /**
   * Opens (creating if needed) the journal in {@code dir}, passes every record on disk to {@code
   * replay} in log order, cutting off a torn tail, and starts the writer.
   *
   * @throws JournalLockedException if another process (or another journal in this one) holds it
   */
  public static JournalLog open(Path dir, long segmentBytes, boolean fsync, Replay replay)
      throws IOException {
    // The journal holds payloads from private repositories: the folder and every file in it are
    // created readable by the bot's own user only; a folder an earlier version made with the
    // umask's mode is tightened.
    OwnerOnly.createDirectories(dir);
    OwnerOnly.tighten(dir);
    Path lockFile = dir.resolve("lock");
    FileChannel lockChannel =
        OwnerOnly.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = lockChannel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      lockChannel.close();
      throw new JournalLockedException(dir);
    }
    try {
      Files.deleteIfExists(Compactor.tmp(dir));
      List<Long> segments = Segments.list(dir);
      long current = segments.isEmpty() ? 1 : segments.get(segments.size() - 1);
      long size = 0;
      for (long segment : segments) {
        OwnerOnly.tighten(Segments.path(dir, segment));
        size = Segments.readAndRepair(dir, segment, replay);
      }
      GroupWriter writer = new GroupWriter(dir, current, size, segmentBytes, fsync);
      return new JournalLog(dir, lockChannel, lock, writer);
    } catch (IOException | RuntimeException e) {
      lock.release();
      lockChannel.close();
      throw e;
    }
  }

  /** Appends {@code record} and returns once its batch is written (and forced, with fsync). */
  public Location append(LogRecord record) {
    return await(writer.enqueue(RecordCodec.encode(record)));
  }

  /** Starts appending {@code record}; the future completes once its batch is written. */
  public CompletableFuture<Location> appendAsync(LogRecord record) {
    return writer.enqueue(RecordCodec.encode(record));
  }

  /** The record at the location {@code where} gives at the time of reading. */
  public LogRecord read(Supplier<Location> where) {
    files.readLock().lock();
    try {
      Location location = where.get();
      FileChannel channel =
          readers.computeIfAbsent(
              location.segment(),
              segment -> {
                try {
                  return FileChannel.open(Segments.path(dir, segment), StandardOpenOption.READ);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      return Segments.readAt(channel, location.offset());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the delivery journal in " + dir, e);
    } finally {
      files.readLock().unlock();
    }
  }

  /**
   * Seals the segment being written, rewrites every sealed segment into one that holds only what
   * {@code policy} keeps, and deletes the rest; {@code relocate} hears the new location of every
   * kept delivery while no reader runs.
   */
  public void compact(Compactor.Policy policy, Consumer<Map<String, Location>> relocate)
      throws IOException {
    long sealed = await(writer.rotate()).segment();
    List<Long> segments = Segments.list(dir).stream().filter(s -> s <= sealed).toList();
    if (segments.isEmpty()) {
      return;
    }
    Compactor.Result result = Compactor.rewrite(dir, segments, policy);
    files.writeLock().lock();
    try {
      for (long segment : segments) {
        FileChannel reader = readers.remove(segment);
        if (reader != null) {
          reader.close();
        }
      }
      Compactor.install(dir, segments, result);
      relocate.accept(result.locations());
    } finally {
      files.writeLock().unlock();
    }
  }

  /** Batches written since open; fewer than appends when commits were grouped. */
  public long batches() {
    return writer.batches();
  }

  /** Bytes of all segment files. */
  public long diskBytes() throws IOException {
    long total = 0;
    for (long segment : Segments.list(dir)) {
      total += Files.size(Segments.path(dir, segment));
    }
    return total;
  }

  /** Writes what was queued, then closes the files and releases the directory. */
  @Override
  public void close() {
    writer.close();
    files.writeLock().lock();
    try {
      for (FileChannel reader : readers.values()) {
        reader.close();
      }
      readers.clear();
      lock.release();
      lockChannel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not close the delivery journal in " + dir, e);
    } finally {
      files.writeLock().unlock();
    }
  }

  private static Location await(CompletableFuture<Location> written) {
    try {
      return written.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while writing the delivery journal", e);
    } catch (ExecutionException e) {
      // The writer always fails the future with a cause; the exception itself stands in if not.
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new UncheckedIOException(
          "Could not write the delivery journal: " + cause.getMessage(),
          cause instanceof IOException io ? io : new IOException(cause));
    }
  }
}
