package dev.botwright.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.botwright.BotwrightConfigurationException;
import dev.botwright.config.StatesConfiguration;
import dev.botwright.spi.InstallationTokenCache.Key;
import dev.botwright.spi.InstallationTokenCache.Token;
import dev.botwright.spi.ValueCiphers;
import io.micronaut.context.ApplicationContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each "process" is its own {@link Redis}: its own lettuce client and connections. */
class RedisStoresTest {

  /** The framework's default ciphers, as the Redis module receives them. */
  private static final ValueCiphers CIPHERS = defaultCiphers();

  @RegisterExtension static final SharedRedis SERVER = new SharedRedis();
  private final List<Redis> processes = new ArrayList<>();
  private RedisConfiguration config;

  @BeforeEach
  void prefix(TestInfo info) {
    config = SERVER.config(info, "");
  }

  @AfterEach
  void close() {
    processes.forEach(Redis::close);
  }

  private Redis process() {
    Redis redis = Connect.process(config);
    processes.add(redis);
    return redis;
  }

  @Test
  void deduplicatesAcrossProcessesAndForgets() {
    RedisDeliveryStore one = new RedisDeliveryStore(process());
    RedisDeliveryStore two = new RedisDeliveryStore(process());

    assertThat(one.recordIfNew("g-1", Duration.ofMinutes(5))).isTrue();
    // Until the first intake queued the delivery, the second is told to come back later (503).
    assertThatThrownBy(() -> two.recordIfNew("g-1", Duration.ofMinutes(5)))
        .isInstanceOf(RedisDeliveryStore.IntakeUnfinishedException.class);
    assertThat(one.state("g-1")).isEqualTo("INTAKE");

    one.forget("g-1");
    assertThat(two.recordIfNew("g-1", Duration.ofMinutes(5))).isTrue();
  }

  /**
   * Redis went away in the middle of intake (the id recorded, the delivery never queued, the id
   * never forgotten): once the short intake hold is over, GitHub's redelivery is new again. A
   * queued delivery's id is held for the whole window.
   */
  @Test
  void anIdIsHeldForTheWindowOnlyOnceItsDeliveryIsQueued() {
    config.setCommandTimeout(Duration.ofMillis(500));
    Redis redis = process();
    RedisDeliveryStore store = new RedisDeliveryStore(redis);
    assertThat(RedisDeliveryStore.intakeHold(config)).isEqualTo(Duration.ofMillis(2000));

    assertThat(store.recordIfNew("lost", Duration.ofHours(6))).isTrue();
    assertThatThrownBy(() -> store.recordIfNew("lost", Duration.ofHours(6)))
        .isInstanceOf(RedisDeliveryStore.IntakeUnfinishedException.class)
        .hasMessageContaining("lost");
    await()
        .atMost(Duration.ofSeconds(5))
        .ignoreException(RedisDeliveryStore.IntakeUnfinishedException.class)
        .until(() -> store.recordIfNew("lost", Duration.ofHours(6)));

    RedisStorage queue =
        new RedisStorage(
            redis,
            Clock.systemUTC(),
            Duration.ofHours(6),
            new EntryMac(config.getEntryKey(), List::of));
    try {
      assertThat(store.recordIfNew("queued", Duration.ofHours(6))).isTrue();
      assertThat(queue.append(RedisStreamTest.delivery("queued"), java.util.Optional.empty()))
          .isTrue();
      Long ttl = redis.call("read a ttl", c -> c.pttl(RedisDeliveryStore.key(redis, "queued")));
      assertThat(ttl).isGreaterThan(Duration.ofHours(5).toMillis());
      assertThat(store.recordIfNew("queued", Duration.ofHours(6))).isFalse();
    } finally {
      queue.close();
    }
  }

  @Test
  void tokensAreEncryptedAndAWrongKeyIsAMiss() {
    Redis redis = process();
    RedisInstallationTokenCache cache = cache(redis, Connect.KEY);
    Token token = token("ghs_secret_value");
    cache.put(Key.of(7), token);

    String stored = redis.call("read", c -> c.get(cache.tokenKey(Key.of(7))));
    assertThat(stored).doesNotContain("ghs_secret_value");
    assertThat(cache.get(Key.of(7))).contains(token);
    long ttl = redis.call("ttl", c -> c.pttl(cache.tokenKey(Key.of(7))));
    assertThat(ttl).isBetween(1L, Duration.ofHours(1).toMillis());

    String other = "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=";
    assertThat(cache(redis, other).get(Key.of(7))).isEmpty();
    // Rotation: the new key first encrypts, the old one still decrypts.
    RedisInstallationTokenCache rotated = cache(redis, other, Connect.KEY);
    assertThat(rotated.get(Key.of(7))).contains(token);
    rotated.put(Key.of(8), token);
    assertThat(cache(redis, other).get(Key.of(8))).contains(token);
    assertThat(cache.get(Key.of(8))).isEmpty();
  }

  @Test
  void badOrMissingKeysStopTheStartListingEachProblem() {
    assertThatThrownBy(() -> RedisInstallationTokenCache.keyRing(CIPHERS, List.of()))
        .isInstanceOf(BotwrightConfigurationException.class)
        .hasMessageContaining("openssl rand -base64 32");
    assertThatThrownBy(
            () -> RedisInstallationTokenCache.keyRing(CIPHERS, List.of("not base64!", "c2hvcnQ=")))
        .isInstanceOfSatisfying(
            BotwrightConfigurationException.class,
            e ->
                assertThat(e.problems())
                    .hasSize(2)
                    .anySatisfy(p -> assertThat(p).contains("#1 is not base64"))
                    .anySatisfy(p -> assertThat(p).contains("#2 decodes to 5 bytes")));
  }

  @Test
  void onlyOneOfTwoProcessesMints() throws Exception {
    RedisInstallationTokenCache one = cache(process(), Connect.KEY);
    RedisInstallationTokenCache two = cache(process(), Connect.KEY);
    AtomicInteger mints = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<Token>> results = new ArrayList<>();
      for (RedisInstallationTokenCache cache : List.of(one, two, one, two)) {
        results.add(
            threads.submit(() -> cache.getOrMint(Key.of(9), t -> true, () -> slowMint(mints))));
      }
      for (Future<Token> result : results) {
        assertThat(result.get().value()).isEqualTo("ghs_minted");
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(mints).hasValue(1);
  }

  @Test
  void aStateUsedOnOneProcessIsRefusedOnAnother() {
    Redis first = process();
    RedisOneTimeStates one = new RedisOneTimeStates(first, new StatesConfiguration());
    RedisOneTimeStates two = new RedisOneTimeStates(process(), new StatesConfiguration());
    Instant expiresAt = Instant.now().plusSeconds(600);

    assertThat(one.useOnce("install", "nonce-1", expiresAt)).isTrue();
    assertThat(two.useOnce("install", "nonce-1", expiresAt)).isFalse();
    assertThat(one.useOnce("install", "nonce-1", expiresAt)).isFalse();
    assertThat(two.useOnce("sign-in", "nonce-1", expiresAt)).isTrue();
    assertThat(two.useOnce("install", "nonce-2", Instant.now().minusSeconds(1))).isFalse();

    // Redis forgets each state when it expires, and never holds the id itself.
    List<String> keys = first.call("list", c -> c.keys(first.key("state:*")));
    assertThat(keys).hasSize(2).noneMatch(key -> key.contains("nonce"));
    for (String key : keys) {
      Long ttl = first.call("ttl", c -> c.pttl(key));
      assertThat(ttl).isBetween(1L, 600_000L);
    }
  }

  @Test
  void writeSlotsAreSpacedAcrossProcesses() {
    RedisWriteSlots one = new RedisWriteSlots(process());
    RedisWriteSlots two = new RedisWriteSlots(process());
    Duration interval = Duration.ofSeconds(1);

    Duration first = one.reserve(5, interval);
    Duration second = two.reserve(5, interval);
    Duration third = one.reserve(5, interval);
    Duration otherInstallation = two.reserve(6, interval);

    assertThat(first).isLessThanOrEqualTo(Duration.ZERO);
    assertThat(second).isBetween(Duration.ofMillis(900), interval);
    assertThat(third).isBetween(Duration.ofMillis(1900), interval.multipliedBy(2));
    assertThat(otherInstallation).isLessThanOrEqualTo(Duration.ZERO);
  }

  @Test
  void leaderLeaseIsExclusiveUntilReleasedOrExpired() throws Exception {
    RedisLeaderLease one = new RedisLeaderLease(process());
    RedisLeaderLease two = new RedisLeaderLease(process());

    assertThat(one.tryAcquire("reconciler", Duration.ofSeconds(30))).isTrue();
    assertThat(two.tryAcquire("reconciler", Duration.ofSeconds(30))).isFalse();
    assertThat(one.tryAcquire("reconciler", Duration.ofSeconds(30))).isTrue();
    two.release("reconciler");
    assertThat(two.tryAcquire("reconciler", Duration.ofSeconds(30))).isFalse();
    one.release("reconciler");
    assertThat(two.tryAcquire("reconciler", Duration.ofMillis(200))).isTrue();
    Thread.sleep(400);
    assertThat(one.tryAcquire("reconciler", Duration.ofSeconds(30))).isTrue();
    assertThat(two.tryAcquire("reconciler", Duration.ofSeconds(30))).isFalse();
  }

  private static Token slowMint(AtomicInteger mints) {
    mints.incrementAndGet();
    try {
      Thread.sleep(300);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return token("ghs_minted");
  }

  private static ValueCiphers defaultCiphers() {
    try (ApplicationContext context = ApplicationContext.run()) {
      return context.getBean(ValueCiphers.class);
    }
  }

  private static RedisInstallationTokenCache cache(Redis redis, String... keys) {
    return new RedisInstallationTokenCache(
        redis, RedisInstallationTokenCache.keyRing(CIPHERS, List.of(keys)), Clock.systemUTC());
  }

  private static Token token(String value) {
    Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    return new Token(value, now.plus(Duration.ofHours(1)), now);
  }
}
