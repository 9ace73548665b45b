package dev.botwright.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FailedAttemptsTest {

  private final AtomicLong now = new AtomicLong(1_000_000);

  @Test
  void anAddressIsLockedForTheRestOfItsMinuteAfterTheLimit() throws UnknownHostException {
    FailedAttempts attempts = new FailedAttempts(3, 100, now::get);
    InetAddress guesser = InetAddress.getByName("192.0.2.7");

    assertThat(attempts.failed(guesser)).isFalse();
    assertThat(attempts.failed(guesser)).isFalse();
    assertThat(attempts.lockOf(guesser)).isNull();
    assertThat(attempts.failed(guesser)).isTrue();
    now.addAndGet(20_000);

    assertThat(attempts.lockOf(guesser)).isEqualTo(new FailedAttempts.Lock(40, false));
    assertThat(attempts.lockOf(InetAddress.getByName("192.0.2.8"))).isNull();
    now.addAndGet(40_000);
    assertThat(attempts.lockOf(guesser)).isNull();
  }

  @Test
  void oneIpv6HostCountsAsOneAddressAcrossItsSlash64() throws UnknownHostException {
    FailedAttempts attempts = new FailedAttempts(2, 100, now::get);
    attempts.failed(InetAddress.getByName("2001:db8:1:2::1"));
    attempts.failed(InetAddress.getByName("2001:db8:1:2:ffff::9"));

    assertThat(attempts.lockOf(InetAddress.getByName("2001:db8:1:2::77")))
        .isEqualTo(new FailedAttempts.Lock(60, false));
    assertThat(attempts.lockOf(InetAddress.getByName("2001:db8:1:3::1"))).isNull();
  }

  @Test
  void manyAddressesTogetherHitTheGlobalLimit() throws UnknownHostException {
    FailedAttempts attempts = new FailedAttempts(10, 5, now::get);
    for (int i = 1; i <= 5; i++) {
      attempts.failed(InetAddress.getByName("198.51.100." + i));
    }

    assertThat(attempts.lockOf(InetAddress.getByName("203.0.113.1")))
        .isEqualTo(new FailedAttempts.Lock(60, true));
    now.addAndGet(FailedAttempts.WINDOW_MILLIS);
    assertThat(attempts.lockOf(InetAddress.getByName("203.0.113.1"))).isNull();
  }

  @Test
  void memoryStaysBoundedWhateverTheNumberOfAddresses() throws UnknownHostException {
    FailedAttempts attempts = new FailedAttempts(10, Integer.MAX_VALUE, now::get);
    for (int i = 0; i < 3 * FailedAttempts.MAX_ADDRESSES; i++) {
      attempts.failed(
          InetAddress.getByAddress(new byte[] {10, (byte) (i >> 16), (byte) (i >> 8), (byte) i}));
    }
    assertThat(attempts.tracked()).isEqualTo(FailedAttempts.MAX_ADDRESSES);

    // Once their minute is over, old entries make room for new addresses.
    now.addAndGet(FailedAttempts.WINDOW_MILLIS);
    InetAddress late = InetAddress.getByName("192.0.2.99");
    for (int i = 0; i < 10; i++) {
      attempts.failed(late);
    }
    assertThat(attempts.tracked()).isEqualTo(1);
    assertThat(attempts.lockOf(late)).isEqualTo(new FailedAttempts.Lock(60, false));
  }
}
