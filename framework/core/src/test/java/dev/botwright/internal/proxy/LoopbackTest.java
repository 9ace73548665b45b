package dev.botwright.internal.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The channel is logged without the parts of a URL that may carry credentials. */
class LoopbackTest {

  @Test
  void theLoggedChannelHasNoUserInfoQueryOrFragment() {
    assertThat(Loopback.loggable(URI.create("https://user:pw@smee.example:8443/ch1?token=t#x")))
        .isEqualTo("https://smee.example:8443/ch1");
    assertThat(Loopback.loggable(URI.create("https://smee.io/AbCdEf123456")))
        .isEqualTo("https://smee.io/AbCdEf123456");
  }
}
