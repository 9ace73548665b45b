package dev.botwright.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.botwright.test.TestIdentity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded journal across {@code kill -9}: the packaged sample bot, under load from several
 * installations, is killed mid-load and started again on the same journal directory. Every delivery
 * it acknowledged with 202 ends with exactly one greeting on the fake GitHub, counted by delivery
 * id; none gets two; and an acknowledged id sent again after the restart is a duplicate.
 */
class CrashRecoveryIT {

  private static final int DELIVERIES = 400;
  private static final int INSTALLATIONS = 40;
  private static final int CONCURRENCY = 16;
  private static final int KILL_AFTER_ACKS = 150;
  private static final int KILL_AFTER_EFFECTS = 20;
  private static final Duration RECOVERY = Duration.ofSeconds(60);

  @TempDir Path workDir;

  @Test
  void everyAcknowledgedDeliveryHasExactlyOneEffectAcrossAKill9() throws Exception {
    TestIdentity identity = TestIdentity.generate();
    BotJvm bot = null;
    try (StatefulGitHub github = StatefulGitHub.start().commentLatency(40)) {
      Map<String, String> env = BotJvm.environment(identity, github);
      // Nothing here is for the reconciler to recover (RedisRestartReconcileIT covers it).
      env.put("BOTWRIGHT_RECONCILE_ENABLED", "false");
      env.put("BOTWRIGHT_JOURNAL_DIR", workDir.resolve("journal").toString());
      // 4 workers x 40 ms per greeting: about 100 greetings/s, well behind the acks, so that the
      // kill finds greetings in flight and acknowledged deliveries waiting.
      env.put("BOTWRIGHT_DISPATCH_WORKERS", "4");
      bot = BotJvm.start("bot", env, List.of(), workDir);
      BotJvm target = bot;
      LoadDriver driver = new LoadDriver(identity.webhookSecret(), github.hookDeliveries());
      // A warm bot with its tokens: the kill then lands while greetings are being made.
      List<LoadDriver.Delivery> warmUp =
          LoadDriver.deliveries(INSTALLATIONS, INSTALLATIONS, 7_000_000, 10_001);
      driver.send(warmUp, d -> target.webhookUrl(), CONCURRENCY);
      await()
          .atMost(RECOVERY)
          .until(() -> warmUp.stream().allMatch(d -> github.commentsFor(d.id()) == 1));
      int warmUpAcks = driver.accepted();
      List<LoadDriver.Delivery> deliveries =
          LoadDriver.deliveries(DELIVERIES, INSTALLATIONS, 7_000_000, 1);

      CompletableFuture<long[]> load =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return driver.send(deliveries, d -> target.webhookUrl(), CONCURRENCY);
                } catch (InterruptedException e) {
                  throw new IllegalStateException(e);
                }
              });
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(5))
          .until(
              () ->
                  driver.accepted() - warmUpAcks >= KILL_AFTER_ACKS
                          && github.totalComments() - warmUp.size() >= KILL_AFTER_EFFECTS
                      || load.isDone());
      bot.kill();
      load.get(60, TimeUnit.SECONDS);
      int effectsAtKill = github.totalComments() - warmUp.size();
      Map<String, Integer> statuses = driver.statuses();
      List<LoadDriver.Delivery> acked =
          deliveries.stream().filter(d -> statuses.getOrDefault(d.id(), 0) == 202).toList();

      assertThat(acked.size())
          .as("killed mid-load: acknowledged %s", driver.statusCounts())
          .isBetween(KILL_AFTER_ACKS, DELIVERIES - 1);
      assertThat(effectsAtKill)
          .as("greetings made before the bot died, of %d acknowledged", acked.size())
          .isBetween(KILL_AFTER_EFFECTS, acked.size() - 1);

      bot.restart();

      await()
          .atMost(RECOVERY)
          .pollInterval(Duration.ofMillis(200))
          .untilAsserted(
              () ->
                  assertThat(acked.stream().filter(d -> github.commentsFor(d.id()) == 0))
                      .as("acknowledged deliveries without their greeting")
                      .isEmpty());

      // An acknowledged delivery sent again is a duplicate, and runs nothing.
      LoadDriver.Delivery first = acked.get(0);
      LoadDriver.Answer again = driver.redeliver(bot.webhookUrl(), first);
      assertThat(again.status()).isEqualTo(202);
      assertThat(again.body()).contains("duplicate");

      // Let anything left over run, then nothing may have happened twice.
      Thread.sleep(2000);
      github.assertNoneGreetedTwice(deliveries);
      github.assertEachIssueHoldsOnlyItsGreeting(deliveries);
      assertThat(acked).allMatch(d -> github.commentsFor(d.id()) == 1);
      assertThat(github.unknownCalls()).isEmpty();
    } finally {
      if (bot != null) {
        bot.close("CrashRecoveryIT");
      }
    }
  }
}
