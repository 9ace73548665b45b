package dev.botwright.internal.journal;

import dev.botwright.internal.files.OwnerOnly;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal's only writer. Callers enqueue encoded frames; the thread takes everything waiting,
 * writes it with one {@link FileChannel#write} (and one {@code force} with fsync on), then
 * completes every caller's future: under load many acknowledgements share one write.
 */
final class GroupWriter {

  private static final Logger LOG = LoggerFactory.getLogger(GroupWriter.class);
  private static final int MAX_BATCH = 1024;

  /**
   * The writer's one staging buffer, reused for every batch. Writing a heap buffer makes the JDK
   * copy it into a temporary direct buffer as large as the batch and keep that per thread, and a
   * batch of a thousand 10 KB deliveries would also be a 10 MB heap array each time.
   */
  private static final int STAGING_BYTES = 256 * 1024;

  private final ByteBuffer staging = ByteBuffer.allocateDirect(STAGING_BYTES);

  private final Path dir;
  private final long segmentBytes;
  private final boolean fsync;
  private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private final AtomicLong batches = new AtomicLong();
  private final Object intake = new Object();
  private boolean closed;
  private long segment;
  private long position;
  private FileChannel channel;

  /** A frame to write, or (frame null) a request to start a new segment. */
  private record Pending(RecordCodec.@Nullable Frame frame, CompletableFuture<Location> written) {}

  GroupWriter(Path dir, long segment, long position, long segmentBytes, boolean fsync)
      throws IOException {
    this.dir = dir;
    this.segment = segment;
    this.position = position;
    this.segmentBytes = segmentBytes;
    this.fsync = fsync;
    this.channel = openSegment(segment);
    this.thread = new Thread(this::run, "botwright-journal-writer");
    thread.setDaemon(true);
    thread.start();
  }

  CompletableFuture<Location> enqueue(RecordCodec.Frame frame) {
    return submit(new Pending(frame, new CompletableFuture<>()));
  }

  /** Seals the current segment; completes with the sealed segment's number. */
  CompletableFuture<Location> rotate() {
    return submit(new Pending(null, new CompletableFuture<>()));
  }

  private CompletableFuture<Location> submit(Pending pending) {
    synchronized (intake) {
      if (closed) {
        pending
            .written()
            .completeExceptionally(
                new IllegalStateException("The delivery journal is closed (the bot is stopping)"));
      } else {
        queue.add(pending);
      }
    }
    return pending.written();
  }

  long batches() {
    return batches.get();
  }

  /** Writes everything queued before this call, then stops the thread and closes the file. */
  void close() {
    synchronized (intake) {
      closed = true;
    }
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      channel.close();
    } catch (IOException e) {
      LOG.warn("Could not close delivery journal segment {}: {}", segment, e.toString());
    }
  }

  private void run() {
    List<Pending> batch = new ArrayList<>();
    while (true) {
      Pending first;
      try {
        first = queue.poll(50, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        first = null;
      }
      if (first == null) {
        synchronized (intake) {
          if (closed && queue.isEmpty()) {
            return;
          }
        }
        continue;
      }
      batch.add(first);
      queue.drainTo(batch, MAX_BATCH - 1);
      write(batch);
      batch.clear();
    }
  }

  private void write(List<Pending> batch) {
    int start = 0;
    for (int i = 0; i < batch.size(); i++) {
      if (batch.get(i).frame() == null) {
        writeFrames(batch.subList(start, i));
        seal(batch.get(i));
        start = i + 1;
      }
    }
    writeFrames(batch.subList(start, batch.size()));
  }

  /** write() splits each batch at its rotations, so every pending writeFrames sees has a frame. */
  private static RecordCodec.Frame frameOf(Pending pending) {
    return Objects.requireNonNull(pending.frame());
  }

  private void writeFrames(List<Pending> frames) {
    if (frames.isEmpty()) {
      return;
    }
    int total = 0;
    for (Pending pending : frames) {
      total += frameOf(pending).length();
    }
    try {
      if (position > 0 && position + total > segmentBytes) {
        nextSegment();
      }
      Location[] locations = new Location[frames.size()];
      long at = position;
      for (int i = 0; i < frames.size(); i++) {
        locations[i] = new Location(segment, at);
        RecordCodec.Frame frame = frameOf(frames.get(i));
        at += frame.length();
        stage(frame.head());
        if (frame.body() != null) {
          stage(frame.body());
        }
      }
      flushStaging();
      if (fsync) {
        channel.force(false);
      }
      position += total;
      batches.incrementAndGet();
      for (int i = 0; i < frames.size(); i++) {
        frames.get(i).written().complete(locations[i]);
      }
    } catch (IOException | RuntimeException e) {
      LOG.error("Could not write {} records to the delivery journal in {}", frames.size(), dir, e);
      try {
        // Cut a partial batch so later batches do not follow a torn record.
        channel.truncate(position);
        channel.position(position);
      } catch (IOException ignored) {
        // The open-time check cuts the torn tail instead.
      }
      frames.forEach(p -> p.written().completeExceptionally(e));
    }
  }

  private void stage(byte[] frame) throws IOException {
    int offset = 0;
    while (offset < frame.length) {
      if (!staging.hasRemaining()) {
        flushStaging();
      }
      int chunk = Math.min(staging.remaining(), frame.length - offset);
      staging.put(frame, offset, chunk);
      offset += chunk;
    }
  }

  private void flushStaging() throws IOException {
    staging.flip();
    try {
      while (staging.hasRemaining()) {
        channel.write(staging);
      }
    } finally {
      staging.clear();
    }
  }

  private void seal(Pending pending) {
    long sealed = segment;
    try {
      nextSegment();
      pending.written().complete(new Location(sealed, 0));
    } catch (IOException e) {
      pending.written().completeExceptionally(e);
    }
  }

  private void nextSegment() throws IOException {
    if (fsync) {
      channel.force(true);
    }
    channel.close();
    segment++;
    position = 0;
    channel = openSegment(segment);
  }

  private FileChannel openSegment(long number) throws IOException {
    FileChannel opened =
        OwnerOnly.open(
            Segments.path(dir, number), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    opened.position(opened.size());
    return opened;
  }
}
