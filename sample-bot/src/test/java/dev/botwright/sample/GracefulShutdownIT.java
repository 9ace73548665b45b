package dev.botwright.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.botwright.test.TestIdentity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM, as an orchestrator stops a bot: the packaged sample bot, with a backlog of acknowledged
 * deliveries and slow GitHub calls, stops within its shutdown timeout without an error, letting
 * running handlers finish; deliveries that arrive meanwhile are refused (503 or no connection), not
 * lost; and everything acknowledged resumes on the next start, each greeted exactly once.
 */
class GracefulShutdownIT {

  private static final int BACKLOG = 40;
  private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(10);

  @TempDir Path workDir;

  @Test
  void sigtermFinishesRunningHandlersAndLeavesTheRestForTheNextStart() throws Exception {
    TestIdentity identity = TestIdentity.generate();
    BotJvm bot = null;
    try (StatefulGitHub github = StatefulGitHub.start().commentLatency(300)) {
      Map<String, String> env = BotJvm.environment(identity, github);
      env.put("BOTWRIGHT_RECONCILE_ENABLED", "false");
      env.put("BOTWRIGHT_JOURNAL_DIR", workDir.resolve("journal").toString());
      // 2 workers x 300 ms per greeting: the backlog takes about 6 s, so SIGTERM finds most of it
      // waiting and two greetings in flight.
      env.put("BOTWRIGHT_DISPATCH_WORKERS", "2");
      env.put("BOTWRIGHT_DISPATCH_SHUTDOWN_TIMEOUT", SHUTDOWN_TIMEOUT.toSeconds() + "s");
      bot = BotJvm.start("bot", env, List.of(), workDir);
      LoadDriver driver = new LoadDriver(identity.webhookSecret(), null);
      List<LoadDriver.Delivery> warmUp = LoadDriver.deliveries(2, 2, 8_000_000, 90_001);
      BotJvm target = bot;
      driver.send(warmUp, d -> target.webhookUrl(), 2);
      await().until(() -> warmUp.stream().allMatch(d -> github.commentsFor(d.id()) == 1));

      List<LoadDriver.Delivery> backlog = LoadDriver.deliveries(BACKLOG, 4, 8_000_000, 1);
      driver.send(backlog, d -> target.webhookUrl(), 8);
      assertThat(driver.statusCounts()).as("every delivery acknowledged").containsOnlyKeys(202);
      await().until(() -> github.totalComments() - warmUp.size() >= 4);
      int logBefore = bot.output().length();

      bot.terminate();
      List<LoadDriver.Delivery> duringShutdown = new ArrayList<>();
      List<Integer> answers = new ArrayList<>();
      long issue = 10_001;
      while (bot.alive() && duringShutdown.size() < 500) {
        LoadDriver.Delivery late = LoadDriver.deliveries(1, 1, 8_100_000, issue++).get(0);
        duringShutdown.add(late);
        answers.add(driver.post(bot.webhookUrl(), late));
        Thread.sleep(20);
      }
      OptionalInt exit = bot.awaitExit(SHUTDOWN_TIMEOUT.plusSeconds(10));
      int greetedAtExit = github.totalComments() - warmUp.size();
      String shutdownLog = bot.output().substring(logBefore);

      assertThat(exit).as("exited within the shutdown timeout").isPresent();
      assertThat(exit.getAsInt()).as("exit status after SIGTERM").isIn(0, 143);
      assertThat(answers)
          .as("answers while stopping: refused (503) or not listening (0), never an error")
          .allMatch(status -> status == 0 || status == 202 || status == 503)
          // The server keeps answering while the greetings in flight (300 ms) finish.
          .contains(503);
      assertThat(shutdownLog).as("bot's log while stopping").doesNotContain("ERROR");
      assertThat(greetedAtExit).as("greetings made before exit").isLessThan(BACKLOG);
      assertThat(shutdownLog).contains("they resume on the next start");

      bot.restart();
      List<LoadDriver.Delivery> acknowledged = new ArrayList<>(backlog);
      for (int i = 0; i < duringShutdown.size(); i++) {
        if (answers.get(i) == 202) {
          acknowledged.add(duringShutdown.get(i));
        }
      }
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> acknowledged.stream().allMatch(d -> github.commentsFor(d.id()) >= 1));
      Thread.sleep(1000);
      assertThat(acknowledged).allMatch(d -> github.commentsFor(d.id()) == 1);
      assertThat(bot.output()).contains("Resuming");
      assertThat(github.unknownCalls()).isEmpty();
    } finally {
      if (bot != null) {
        bot.close("GracefulShutdownIT");
      }
    }
  }
}
