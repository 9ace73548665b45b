package dev.botwright.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.botwright.test.TestIdentity;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two packaged sample bots sharing one real Redis, as behind a load balancer: the load is spread
 * over both and one is killed with {@code kill -9} mid-load. The survivor reclaims what the dead
 * one had taken, so every acknowledged delivery is greeted exactly once; each installation's token
 * is minted once across both processes; and a delivery one process acknowledged, sent again to the
 * other, is a duplicate.
 */
class TwoProcessRedisIT {

  private static final int DELIVERIES = 400;
  private static final int INSTALLATIONS = 40;
  private static final int CONCURRENCY = 16;
  private static final int KILL_AFTER_ACKS = 150;
  private static final Duration RECOVERY = Duration.ofSeconds(60);

  @TempDir Path workDir;

  @Test
  void survivorFinishesTheDeadOnesDeliveriesExactlyOnce() throws Exception {
    RedisServer.assumeInstalled();
    TestIdentity identity = TestIdentity.generate();
    CompletableFuture<BotJvm> startingA = null;
    CompletableFuture<BotJvm> startingB = null;
    try (StatefulGitHub github = StatefulGitHub.start().commentLatency(40);
        RedisServer redis = RedisServer.start(workDir.resolve("redis"))) {
      Map<String, String> env = redisEnvironment(identity, github, redis);
      // Nothing here is for the reconciler to recover (RedisRestartReconcileIT covers it).
      env.put("BOTWRIGHT_RECONCILE_ENABLED", "false");
      // Short timeouts for what the dead process held: its running entries, and the token-minting
      // locks it may have died holding (the survivor waits for those before minting itself).
      List<String> properties =
          List.of("botwright.redis.claim-timeout=3s", "botwright.redis.mint-lock-timeout=3s");
      env.put("BOTWRIGHT_JOURNAL_DIR", workDir.resolve("a-journal").toString());
      startingA = BotJvm.startAsync("bot-a", env, properties, workDir);
      env.put("BOTWRIGHT_JOURNAL_DIR", workDir.resolve("b-journal").toString());
      startingB = BotJvm.startAsync("bot-b", env, properties, workDir);
      BotJvm a = startingA.get(90, TimeUnit.SECONDS);
      BotJvm b = startingB.get(90, TimeUnit.SECONDS);
      BotJvm first = a;
      BotJvm second = b;
      LoadDriver driver = new LoadDriver(identity.webhookSecret(), github.hookDeliveries());
      List<LoadDriver.Delivery> deliveries =
          LoadDriver.deliveries(DELIVERIES, INSTALLATIONS, 8_000_000, 1);
      // Even issues go to the first process while it lives, as a load balancer would send them.
      CompletableFuture<long[]> load =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return driver.send(
                      deliveries,
                      d ->
                          d.issue() % 2 == 0 && first.alive()
                              ? first.webhookUrl()
                              : second.webhookUrl(),
                      CONCURRENCY);
                } catch (InterruptedException e) {
                  throw new IllegalStateException(e);
                }
              });
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(5))
          .until(() -> driver.accepted() >= KILL_AFTER_ACKS || load.isDone());
      a.kill();
      int effectsAtKill = github.totalComments();
      load.get(60, TimeUnit.SECONDS);
      Map<String, Integer> statuses = driver.statuses();
      List<LoadDriver.Delivery> acked =
          deliveries.stream().filter(d -> statuses.getOrDefault(d.id(), 0) == 202).toList();
      assertThat(acked.size())
          .as("most deliveries acknowledged: %s", driver.statusCounts())
          .isGreaterThan(DELIVERIES - 3 * CONCURRENCY);
      assertThat(effectsAtKill).as("killed mid-load").isLessThan(acked.size());

      await()
          .atMost(RECOVERY)
          .pollInterval(Duration.ofMillis(200))
          .untilAsserted(
              () ->
                  assertThat(acked.stream().filter(d -> github.commentsFor(d.id()) == 0))
                      .as("acknowledged deliveries without their greeting")
                      .isEmpty());

      // Acknowledged by the process now dead, sent again to the survivor: a duplicate.
      LoadDriver.Delivery viaA =
          acked.stream().filter(d -> d.issue() % 2 == 0).findFirst().orElseThrow();
      LoadDriver.Answer again = driver.redeliver(b.webhookUrl(), viaA);
      assertThat(again.status()).isEqualTo(202);
      assertThat(again.body()).contains("duplicate");

      Thread.sleep(2000);
      github.assertNoneGreetedTwice(deliveries);
      github.assertEachIssueHoldsOnlyItsGreeting(deliveries);
      assertThat(github.tokenMints())
          .as("token mints per installation across both processes")
          .hasSize(INSTALLATIONS)
          .allSatisfy((installation, mints) -> assertThat(mints).isEqualTo(1));
      assertThat(github.unknownCalls()).isEmpty();
    } finally {
      if (startingA != null) {
        BotJvm.close(startingA, "TwoProcessRedisIT");
      }
      if (startingB != null) {
        BotJvm.close(startingB, "TwoProcessRedisIT");
      }
    }
  }

  /** A bot's environment in Redis mode: {@code REDIS_URL} and a shared token encryption key. */
  static Map<String, String> redisEnvironment(
      TestIdentity identity, StatefulGitHub github, RedisServer redis) {
    Map<String, String> env = BotJvm.environment(identity, github);
    env.put("REDIS_URL", redis.url());
    env.put("BOTWRIGHT_TOKEN_ENCRYPTION_KEY", KEY);
    return env;
  }

  private static final String KEY = newKey();

  private static String newKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }
}
