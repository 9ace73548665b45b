package dev.botwright.internal.admin;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Counts wrong admin tokens per client address and in all, each within a fixed one-minute window,
 * so a token cannot be guessed at line speed: past the limit an address (or, past the global one,
 * every client) is refused without its token being checked until its minute is over. An IPv6 client
 * counts per /64, the block one host usually gets. Memory stays bounded: at most {@link
 * #MAX_ADDRESSES} addresses are tracked; beyond them new addresses fall under the global limit
 * only.
 */
final class FailedAttempts {

  static final long WINDOW_MILLIS = 60_000;
  static final int MAX_ADDRESSES = 10_000;

  private final int perAddress;
  private final int total;
  private final LongSupplier millis;
  private final Map<String, Window> byAddress = new HashMap<>();
  private Window all;

  /**
   * @param perAddress wrong tokens one address may send per window
   * @param total wrong tokens all addresses may send per window
   * @param millis a monotonic clock in milliseconds
   */
  FailedAttempts(int perAddress, int total, LongSupplier millis) {
    this.perAddress = perAddress;
    this.total = total;
    this.millis = millis;
    this.all = new Window(millis.getAsLong());
  }

  /** A refusal: how long to wait, and whether it is this address's own limit or the global one. */
  record Lock(long seconds, boolean global) {}

  /** The lock that applies to {@code address} now, or null when it may try a token. */
  synchronized Lock lockOf(InetAddress address) {
    long now = millis.getAsLong();
    Window own = byAddress.get(key(address));
    if (own != null && own.count >= perAddress && now < own.end()) {
      return new Lock(seconds(own.end() - now), false);
    }
    if (all.count >= total && now < all.end()) {
      return new Lock(seconds(all.end() - now), true);
    }
    return null;
  }

  /**
   * Records a wrong token from {@code address}; true when this one reached the address's limit, so
   * the caller can log the lock once.
   */
  synchronized boolean failed(InetAddress address) {
    long now = millis.getAsLong();
    if (now >= all.end()) {
      all = new Window(now);
    }
    all.count++;
    String key = key(address);
    Window own = byAddress.get(key);
    if (own == null || now >= own.end()) {
      if (own == null && byAddress.size() >= MAX_ADDRESSES && !evictExpired(now)) {
        return false;
      }
      own = new Window(now);
      byAddress.put(key, own);
    }
    own.count++;
    return own.count == perAddress;
  }

  /** How many addresses are tracked: never more than {@link #MAX_ADDRESSES}. */
  synchronized int tracked() {
    return byAddress.size();
  }

  private boolean evictExpired(long now) {
    for (Iterator<Window> windows = byAddress.values().iterator(); windows.hasNext(); ) {
      if (now >= windows.next().end()) {
        windows.remove();
      }
    }
    return byAddress.size() < MAX_ADDRESSES;
  }

  private static String key(InetAddress address) {
    byte[] bytes = address.getAddress();
    if (address instanceof Inet6Address) {
      bytes = Arrays.copyOf(bytes, 8);
    }
    return Arrays.toString(bytes);
  }

  private static long seconds(long millis) {
    return Math.max(1, (millis + 999) / 1000);
  }

  private static final class Window {
    final long start;
    int count;

    Window(long start) {
      this.start = start;
    }

    long end() {
      return start + WINDOW_MILLIS;
    }
  }
}
