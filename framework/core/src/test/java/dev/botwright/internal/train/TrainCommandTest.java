package dev.botwright.internal.train;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class TrainCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int train(String... args) {
    return TrainCommand.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void startsTheBotHandlesTheTrainingDeliveriesAndSendsNothingToGitHub() {
    WireMockServer github =
        new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    github.start();
    String property = "botwright.github.api-url";
    String before = System.getProperty(property);
    // Were anything sent, it would come here rather than to the internet.
    System.setProperty(property, "http://127.0.0.1:" + github.port() + "/");
    boolean info = LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME).isInfoEnabled();
    try {
      int status = train("train");

      assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
      assertThat(out.toString(StandardCharsets.UTF_8))
          .matches("Trained: started the bot and sent it 3 deliveries in \\d+ ms\\.\\R");
      assertThat(github.getAllServeEvents()).isEmpty();
      // Training silences the log while it runs, and gives the process its level back.
      assertThat(LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME).isInfoEnabled()).isEqualTo(info);
    } finally {
      if (before == null) {
        System.clearProperty(property);
      } else {
        System.setProperty(property, before);
      }
      github.stop();
    }
  }

  @Test
  void helpIsPrintedAndAnythingElseIsAUsageMistake() {
    assertThat(train("train", "--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: train");

    assertThat(train("train", "--port", "1")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Usage: train");
  }
}
