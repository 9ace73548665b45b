package dev.botwright.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.botwright.test.TestIdentity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Redis stopped and started again during load: while it is down the bot refuses deliveries (so
 * GitHub records them as failed), and its reconciler, reading the fake GitHub's {@code GET
 * /app/hook/deliveries}, asks for each failed one again ({@code POST
 * /app/hook/deliveries/{id}/attempts}); the fake then redelivers it with the same guid. In the end
 * every delivery, acknowledged at first or not, is greeted exactly once.
 */
class RedisRestartReconcileIT {

  private static final int BEFORE = 200;
  private static final int WHILE_DOWN = 40;
  private static final int AFTER = 100;
  private static final int INSTALLATIONS = 20;
  private static final int CONCURRENCY = 8;
  private static final int STOP_AFTER_ACKS = 80;
  private static final Duration RECOVERY = Duration.ofSeconds(60);

  @TempDir Path workDir;

  @Test
  void reconcilerRecoversWhatFailedWhileRedisWasDown() throws Exception {
    RedisServer.assumeInstalled();
    TestIdentity identity = TestIdentity.generate();
    BotJvm bot = null;
    try (StatefulGitHub github = StatefulGitHub.start().commentLatency(10);
        RedisServer redis = RedisServer.start(workDir.resolve("redis"))) {
      Map<String, String> env = TwoProcessRedisIT.redisEnvironment(identity, github, redis);
      env.put("BOTWRIGHT_JOURNAL_DIR", workDir.resolve("journal").toString());
      bot =
          BotJvm.start(
              "bot",
              env,
              // Intake holds an id it could not queue for 2 x command-timeout + 1 s = 3 s (503 to
              // a redelivery meanwhile); the reconciler asks once per guid, after that.
              List.of(
                  "botwright.redis.command-timeout=1s",
                  "botwright.reconcile.initial-delay=8s",
                  "botwright.reconcile.interval=2s",
                  "botwright.reconcile.spacing=5ms",
                  "botwright.reconcile.max-redeliveries=1000",
                  "botwright.reconcile.look-back=1h"),
              workDir);
      BotJvm target = bot;
      LoadDriver driver = new LoadDriver(identity.webhookSecret(), github.hookDeliveries());
      github.hookDeliveries().resendWith(d -> driver.redeliver(target.webhookUrl(), d));
      List<LoadDriver.Delivery> before = LoadDriver.deliveries(BEFORE, INSTALLATIONS, 9_000_000, 1);
      List<LoadDriver.Delivery> whileDown =
          LoadDriver.deliveries(WHILE_DOWN, INSTALLATIONS, 9_000_000, BEFORE + 1);
      List<LoadDriver.Delivery> after =
          LoadDriver.deliveries(AFTER, INSTALLATIONS, 9_000_000, BEFORE + WHILE_DOWN + 1);

      CompletableFuture<long[]> load =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return driver.send(before, d -> target.webhookUrl(), CONCURRENCY);
                } catch (InterruptedException e) {
                  throw new IllegalStateException(e);
                }
              });
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(5))
          .until(() -> driver.accepted() >= STOP_AFTER_ACKS || load.isDone());
      redis.stop();
      load.get(90, TimeUnit.SECONDS);
      // However fast the first part went, some deliveries certainly arrive while Redis is down.
      driver.send(whileDown, d -> target.webhookUrl(), CONCURRENCY);
      redis.start();
      // The bot reconnects on its own (within about a second): until then it still answers 503.
      Thread.sleep(1000);
      driver.send(after, d -> target.webhookUrl(), CONCURRENCY);

      Map<String, Integer> statuses = driver.statuses();
      List<LoadDriver.Delivery> all = new ArrayList<>(before);
      all.addAll(whileDown);
      all.addAll(after);
      List<LoadDriver.Delivery> refused =
          all.stream().filter(d -> statuses.getOrDefault(d.id(), 0) / 100 != 2).toList();
      assertThat(refused.size())
          .as("refused while Redis was down: %s", driver.statusCounts())
          .isGreaterThanOrEqualTo(WHILE_DOWN);
      assertThat(refused.stream().map(d -> statuses.get(d.id())).distinct())
          .as("what the bot answered while Redis was down")
          .containsOnly(503);
      assertThat(after)
          .as("accepted again once Redis is back")
          .anyMatch(d -> statuses.getOrDefault(d.id(), 0) == 202);

      await()
          .atMost(RECOVERY)
          .pollInterval(Duration.ofMillis(250))
          .untilAsserted(
              () ->
                  assertThat(all.stream().filter(d -> github.commentsFor(d.id()) == 0))
                      .as("deliveries without their greeting")
                      .isEmpty());

      Thread.sleep(2000);
      github.assertNoneGreetedTwice(all);
      // A delivery in flight when Redis stopped may have been queued although its answer was lost
      // (503): the reconciler finds it in the journal and leaves it; every other refused delivery
      // it asks GitHub for again.
      assertThat(
              refused.stream().filter(d -> github.hookDeliveries().redeliveryRequests(d.id()) == 0))
          .as("refused deliveries the reconciler did not ask for again")
          .hasSizeLessThanOrEqualTo(CONCURRENCY);
      assertThat(all.stream().filter(d -> statuses.getOrDefault(d.id(), 0) == 202))
          .as("acknowledged deliveries are never asked for again")
          .allMatch(d -> github.hookDeliveries().redeliveryRequests(d.id()) == 0);
      assertThat(github.unknownCalls()).isEmpty();
    } finally {
      if (bot != null) {
        bot.close("RedisRestartReconcileIT");
      }
    }
  }
}
