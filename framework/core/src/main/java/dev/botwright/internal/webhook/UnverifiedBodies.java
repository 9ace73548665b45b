package dev.botwright.internal.webhook;

import dev.botwright.config.WebhookConfiguration;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads webhook bodies within a byte budget ({@code botwright.webhook.max-unverified-bytes}) shared
 * by every request the route is receiving and checking. Anyone can send a body; only a signature
 * proves it came from GitHub, and the signature covers the whole body. So the bytes held before the
 * check are counted: a body announced by {@code Content-Length} reserves its length before a byte
 * is read, a chunked one reserves as it grows, and a request that does not fit is refused (503)
 * instead of exhausting the heap.
 */
@Singleton
final class UnverifiedBodies {

  private static final Logger LOG = LoggerFactory.getLogger(UnverifiedBodies.class);

  /** Growth step of a body sent without {@code Content-Length}. */
  private static final int CHUNK = 64 * 1024;

  private final long capacity;
  private final int maxPayloadBytes;
  private final AtomicLong reserved = new AtomicLong();

  UnverifiedBodies(WebhookConfiguration webhook) {
    this.capacity = webhook.getMaxUnverifiedBytes();
    this.maxPayloadBytes = webhook.getMaxPayloadBytes();
    if (capacity < maxPayloadBytes) {
      LOG.warn(
          "botwright.webhook.max-unverified-bytes ({} bytes) is below max-payload-bytes ({}):"
              + " deliveries larger than the budget are always refused with 503. Give the JVM"
              + " more heap (-Xmx) or set max-unverified-bytes to at least max-payload-bytes",
          capacity,
          maxPayloadBytes);
    }
  }

  /**
   * A share of the budget for a body of {@code declaredLength} bytes ({@code -1}: unknown), or null
   * when the budget cannot hold it now.
   */
  @Nullable
  Lease lease(long declaredLength) {
    long first = declaredLength >= 0 ? declaredLength : Math.min(CHUNK, maxPayloadBytes);
    Lease lease = new Lease();
    return lease.grow(first) ? lease : null;
  }

  /** Bytes reserved now: said in the log line of a refusal. */
  long reserved() {
    return reserved.get();
  }

  private boolean reserve(long bytes) {
    while (true) {
      long now = reserved.get();
      if (now + bytes > capacity) {
        return false;
      }
      if (reserved.compareAndSet(now, now + bytes)) {
        return true;
      }
    }
  }

  /** Why a body could not be read whole. */
  enum Refusal {
    TOO_LARGE,
    BUSY,
  }

  /** A body that could not be read; {@link #refusal} says why. */
  static final class RefusedException extends Exception {
    private static final long serialVersionUID = 1L;
    final Refusal refusal;

    RefusedException(Refusal refusal) {
      super(refusal.name(), null, false, false);
      this.refusal = refusal;
    }
  }

  /** One request's share of the budget; {@link #close} gives it back. */
  final class Lease implements AutoCloseable {
    private long held;

    private boolean grow(long bytes) {
      if (bytes <= 0) {
        return true;
      }
      if (!reserve(bytes)) {
        return false;
      }
      held += bytes;
      return true;
    }

    /**
     * Reads the whole body without holding a thread while it arrives: exactly {@code
     * declaredLength} bytes when known, else until the end, at most {@code max-payload-bytes},
     * growing this lease as it goes. The future fails with {@link RefusedException} when the body
     * is too large or the budget cannot hold it, with another exception when the body ends early or
     * the connection fails.
     */
    CompletableFuture<byte[]> read(Publisher<byte[]> chunks, long declaredLength) {
      Accumulator accumulator = new Accumulator(declaredLength);
      chunks.subscribe(accumulator);
      return accumulator.done;
    }

    /** Copies chunks into one array, asking for the next chunk only when one has been copied. */
    private final class Accumulator implements Subscriber<byte[]> {
      final CompletableFuture<byte[]> done = new CompletableFuture<>();
      private final long declaredLength;
      private byte[] body;
      private int length;
      private @Nullable Subscription subscription;

      Accumulator(long declaredLength) {
        this.declaredLength = declaredLength;
        this.body = new byte[(int) held];
      }

      @Override
      public void onSubscribe(Subscription s) {
        subscription = s;
        s.request(1);
      }

      @Override
      public void onNext(byte[] chunk) {
        if (done.isDone()) {
          return;
        }
        try {
          append(chunk);
        } catch (RefusedException e) {
          done.completeExceptionally(e);
          cancel();
          return;
        }
        Subscription s = subscription;
        if (s != null) {
          s.request(1);
        }
      }

      private void append(byte[] chunk) throws RefusedException {
        if ((long) length + chunk.length > maxPayloadBytes) {
          throw new RefusedException(Refusal.TOO_LARGE);
        }
        if (length + chunk.length > body.length) {
          if (declaredLength >= 0) {
            // Netty refuses bytes beyond Content-Length before they get here.
            throw new IllegalStateException("More bytes than Content-Length");
          }
          int larger =
              (int)
                  Math.min(
                      maxPayloadBytes,
                      Math.max((long) length + chunk.length, Math.max(CHUNK, 2L * body.length)));
          // The old and the new array are both alive while copying.
          if (!grow(larger)) {
            throw new RefusedException(Refusal.BUSY);
          }
          byte[] old = body;
          body = Arrays.copyOf(old, larger);
          shrink(old.length);
        }
        System.arraycopy(chunk, 0, body, length, chunk.length);
        length += chunk.length;
      }

      @Override
      public void onError(Throwable error) {
        done.completeExceptionally(error);
      }

      @Override
      public void onComplete() {
        if (done.isDone()) {
          return;
        }
        if (declaredLength >= 0 && length != declaredLength) {
          done.completeExceptionally(
              new IOException(
                  "The body ended after " + length + " of " + declaredLength + " bytes"));
          return;
        }
        try {
          done.complete(trimmed(body, length));
        } catch (RefusedException e) {
          done.completeExceptionally(e);
        }
      }

      private void cancel() {
        Subscription s = subscription;
        if (s != null) {
          s.cancel();
        }
      }
    }

    private byte[] trimmed(byte[] body, int length) throws RefusedException {
      if (length == body.length) {
        return body;
      }
      if (!grow(length)) {
        throw new RefusedException(Refusal.BUSY);
      }
      byte[] exact = Arrays.copyOf(body, length);
      shrink(body.length);
      return exact;
    }

    private void shrink(long bytes) {
      held -= bytes;
      reserved.addAndGet(-bytes);
    }

    @Override
    public void close() {
      shrink(held);
    }
  }
}
