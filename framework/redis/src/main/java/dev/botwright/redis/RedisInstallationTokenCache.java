package dev.botwright.redis;

import dev.botwright.spi.InstallationTokenCache;
import dev.botwright.spi.ValueCipher;
import dev.botwright.spi.ValueCiphers;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installation tokens shared by every process, encrypted (see {@link ValueCiphers}, the Redis key
 * as associated data so a value copied to another key does not open) and expiring with the token.
 * Minting is single-flight across processes: the process that takes {@code token-lock:<key>} mints,
 * the others poll for its token; if the holder dies its lock expires and the next one mints. When
 * Redis is unreachable a process mints for itself.
 */
@Context // so a missing or bad encryption key stops the bot at start-up, not at the first token
@Requires(property = RedisConfiguration.URL)
@Replaces(InstallationTokenCache.class)
final class RedisInstallationTokenCache implements InstallationTokenCache {

  private static final Logger LOG = LoggerFactory.getLogger(RedisInstallationTokenCache.class);
  private static final Duration POLL = Duration.ofMillis(50);
  private static final String RELEASE =
      "if redis.call('GET', KEYS[1]) == ARGV[1] then"
          + " return redis.call('DEL', KEYS[1]) else return 0 end";

  private static final String SETTING =
      "botwright.redis.token-encryption-key (BOTWRIGHT_TOKEN_ENCRYPTION_KEY)";

  private final Redis redis;
  private final ValueCipher cipher;
  private final Duration lockTimeout;
  private final Clock clock;
  private final String owner = UUID.randomUUID().toString();

  @Inject
  RedisInstallationTokenCache(Redis redis, ValueCiphers ciphers) {
    this(redis, keyRing(ciphers, keys(redis.config())), Clock.systemUTC());
  }

  RedisInstallationTokenCache(Redis redis, ValueCipher cipher, Clock clock) {
    this.redis = redis;
    this.cipher = cipher;
    this.lockTimeout = redis.config().getMintLockTimeout();
    this.clock = clock;
  }

  /**
   * Reads the base64 keys, failing with every problem at once (never the key itself); the first
   * encrypts and every one decrypts, so keys rotate without a flush.
   */
  static ValueCipher keyRing(ValueCiphers ciphers, List<String> keys) {
    return ciphers.fromKeys(
        SETTING,
        keys,
        SETTING
            + " is not set; in Redis mode installation tokens are stored encrypted. Generate a key"
            + " with `openssl rand -base64 32` and give every process the same one.");
  }

  static List<String> keys(RedisConfiguration config) {
    if (!config.getTokenEncryptionKey().isEmpty()) {
      return config.getTokenEncryptionKey();
    }
    String variable = System.getenv(RedisConfiguration.KEY_VARIABLE);
    return variable == null || variable.isBlank() ? List.of() : List.of(variable.split(","));
  }

  @Override
  public Optional<Token> get(Key key) {
    String name = tokenKey(key);
    String sealed;
    try {
      sealed = redis.call("read a token", c -> c.get(name));
    } catch (RedisUnavailableException e) {
      return Optional.empty();
    }
    return sealed == null ? Optional.empty() : cipher.decrypt(sealed, name).map(this::parse);
  }

  @Override
  public void put(Key key, Token token) {
    long ttl = Duration.between(clock.instant(), token.expiresAt()).toMillis();
    if (ttl <= 0) {
      return;
    }
    String name = tokenKey(key);
    String plain =
        token.expiresAt().toEpochMilli()
            + " "
            + token.mintedAt().toEpochMilli()
            + " "
            + token.value();
    String sealed = cipher.encrypt(plain, name);
    try {
      redis.call("store a token", c -> c.set(name, sealed, SetArgs.Builder.px(ttl)));
    } catch (RedisUnavailableException e) {
      // The caller has its token; other processes mint their own until Redis is back.
    }
  }

  @Override
  public void remove(Key key) {
    try {
      redis.call("forget a token", c -> c.del(tokenKey(key)));
    } catch (RedisUnavailableException e) {
      // It expires with the token.
    }
  }

  @Override
  public Token getOrMint(Key key, Predicate<Token> usable, Supplier<Token> mint) {
    String lock = redis.key("token-lock:" + digest(key));
    long deadline = System.nanoTime() + lockTimeout.multipliedBy(2).toNanos();
    while (System.nanoTime() - deadline < 0) {
      Optional<Token> cached = get(key).filter(usable);
      if (cached.isPresent()) {
        return cached.get();
      }
      String taken;
      try {
        taken =
            redis.call(
                "take the mint lock",
                c -> c.set(lock, owner, SetArgs.Builder.nx().px(lockTimeout.toMillis())));
      } catch (RedisUnavailableException e) {
        break;
      }
      if ("OK".equals(taken)) {
        try {
          // The previous holder may have stored its token just before we took the lock.
          Optional<Token> stored = get(key).filter(usable);
          if (stored.isPresent()) {
            return stored.get();
          }
          Token token = mint.get();
          put(key, token);
          return token;
        } finally {
          release(lock);
        }
      }
      if (!sleep()) {
        break;
      }
    }
    LOG.debug("Minting installation {} without the shared lock", key.installationId());
    Token token = mint.get();
    put(key, token);
    return token;
  }

  private void release(String lock) {
    try {
      redis.call(
          "release the mint lock",
          c -> c.<Long>eval(RELEASE, ScriptOutputType.INTEGER, new String[] {lock}, owner));
    } catch (RedisUnavailableException e) {
      // The lock expires by itself.
    }
  }

  private static boolean sleep() {
    try {
      Thread.sleep(POLL.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private Token parse(String plain) {
    int first = plain.indexOf(' ');
    int second = plain.indexOf(' ', first + 1);
    return new Token(
        plain.substring(second + 1),
        Instant.ofEpochMilli(Long.parseLong(plain.substring(0, first))),
        Instant.ofEpochMilli(Long.parseLong(plain.substring(first + 1, second))));
  }

  /** The Redis key of {@code key}'s token. */
  String tokenKey(Key key) {
    return redis.key("token:" + digest(key));
  }

  /** A short stable name for a key; repository names never reach Redis in clear. */
  private static String digest(Key key) {
    String canonical =
        key.installationId()
            + "|"
            + key.repositories()
            + "|"
            + new java.util.TreeMap<>(key.permissions());
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return key.installationId() + ":" + HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }
}
