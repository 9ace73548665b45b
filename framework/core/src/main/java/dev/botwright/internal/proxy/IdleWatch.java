package dev.botwright.internal.proxy;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes the event stream when it has read nothing for the idle timeout, so a connection that died
 * without a word (a laptop that slept, a dropped NAT entry) is noticed and reopened; smee.io's
 * pings keep a live one busy.
 */
final class IdleWatch implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(IdleWatch.class);

  private final long idleNanos;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "botwright-webhook-proxy-idle");
            thread.setDaemon(true);
            return thread;
          });
  private volatile long lastRead = System.nanoTime();
  private volatile @Nullable InputStream watched;

  IdleWatch(Duration idle) {
    this.idleNanos = idle.toNanos();
    long period = Math.max(10, idle.toMillis() / 4);
    timer.scheduleWithFixedDelay(this::check, period, period, TimeUnit.MILLISECONDS);
  }

  /** The stream, watched until it is closed or the next one is watched. */
  InputStream watch(InputStream in) {
    lastRead = System.nanoTime();
    InputStream stream =
        new FilterInputStream(in) {
          @Override
          public int read() throws IOException {
            int b = super.read();
            lastRead = System.nanoTime();
            return b;
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            lastRead = System.nanoTime();
            return n;
          }
        };
    watched = stream;
    return stream;
  }

  private void check() {
    InputStream stream = watched;
    if (stream == null || System.nanoTime() - lastRead < idleNanos) {
      return;
    }
    watched = null;
    LOG.info(
        "The webhook proxy stream sent nothing for {}; reconnecting", Duration.ofNanos(idleNanos));
    try {
      stream.close();
    } catch (IOException e) {
      LOG.debug("Closing the idle webhook proxy stream: {}", e.toString());
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
