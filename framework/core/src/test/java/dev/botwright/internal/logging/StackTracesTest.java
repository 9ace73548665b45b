package dev.botwright.internal.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StackTracesTest {

  @Test
  void showsTheChainWithFramesAndMasksEveryMessage() {
    IllegalStateException cause = new IllegalStateException("token=ghs_abcdefghijklmnop0123");
    RuntimeException error = new RuntimeException("handler failed", cause);

    String text = StackTraces.masked(error, 10_000);

    assertThat(text)
        .startsWith("java.lang.RuntimeException: handler failed\n\tat ")
        .contains("Caused by: java.lang.IllegalStateException: token=[redacted]\n\tat ")
        .contains("\tat dev.botwright.internal.logging.StackTracesTest.")
        .doesNotContain("ghs_abcdefghijklmnop0123");
  }

  @Test
  void aLongTraceIsCutAtTheBoundAndSaysSo() {
    RuntimeException error = new RuntimeException("deep");
    error.setStackTrace(
        java.util.stream.IntStream.range(0, 10_000)
            .mapToObj(i -> new StackTraceElement("a.B", "m" + i, "B.java", i))
            .toArray(StackTraceElement[]::new));

    String text = StackTraces.masked(error, 500);

    assertThat(text).hasSize(500 + "\n\t... (cut)".length()).endsWith("\n\t... (cut)");
  }

  @Test
  void aCauseThatPointsBackIsShownOnce() {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);

    assertThat(StackTraces.masked(a, 100_000).split("Caused by: ", -1)).hasSize(2);
  }
}
