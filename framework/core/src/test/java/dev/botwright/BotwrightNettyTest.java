package dev.botwright;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BotwrightNettyTest {

  private String before;

  @BeforeEach
  void remember() {
    before = System.getProperty(Botwright.NETTY_JFR);
  }

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty(Botwright.NETTY_JFR);
    } else {
      System.setProperty(Botwright.NETTY_JFR, before);
    }
  }

  @Test
  void nettysFlightRecorderEventsAreOffUnlessAsked() {
    System.clearProperty(Botwright.NETTY_JFR);
    Botwright.quietNetty();
    assertThat(System.getProperty(Botwright.NETTY_JFR)).isEqualTo("false");
  }

  @Test
  void anExplicitSettingIsKept() {
    System.setProperty(Botwright.NETTY_JFR, "true");
    Botwright.quietNetty();
    assertThat(System.getProperty(Botwright.NETTY_JFR)).isEqualTo("true");
  }
}
