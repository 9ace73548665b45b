package dev.botwright.redis;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Requires;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Settings of the Redis mode, {@code botwright.redis.*}; present when a URL is configured. */
@ConfigurationProperties("botwright.redis")
@Requires(property = RedisConfiguration.URL)
public class RedisConfiguration {

  /** The property whose presence switches the Redis mode on ({@code REDIS_URL}). */
  public static final String URL = "botwright.redis.url";

  /** The environment variable the token encryption keys may come from. */
  public static final String KEY_VARIABLE = "BOTWRIGHT_TOKEN_ENCRYPTION_KEY";

  // Set by Micronaut after construction; url is always set (see @Requires), keyPrefix may not be.
  private @Nullable String url;
  private @Nullable String keyPrefix;
  private Duration connectTimeout = Duration.ofSeconds(2);
  private Duration commandTimeout = Duration.ofSeconds(2);
  private Duration claimTimeout = Duration.ofSeconds(60);
  private Duration retention = Duration.ofDays(3);
  private int maxBacklog = 1_000_000;
  private Duration mintLockTimeout = Duration.ofSeconds(10);
  private List<String> tokenEncryptionKey = new ArrayList<>();
  private List<String> entryKey = new ArrayList<>();

  /** {@code redis://[:password@]host:port[/database]} or {@code rediss://…} for TLS. */
  public @Nullable String getUrl() {
    return url;
  }

  public void setUrl(@Nullable String url) {
    this.url = url;
  }

  /** Prefix of every key; default {@code botwright:<app id>:}, so apps can share one Redis. */
  public @Nullable String getKeyPrefix() {
    return keyPrefix;
  }

  public void setKeyPrefix(@Nullable String keyPrefix) {
    this.keyPrefix = keyPrefix;
  }

  /** How long connecting may take; short, so intake never hangs on a dead Redis. */
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /** How long one command may take before it counts as a failure. */
  public Duration getCommandTimeout() {
    return commandTimeout;
  }

  public void setCommandTimeout(Duration commandTimeout) {
    this.commandTimeout = commandTimeout;
  }

  /** After how long without a heartbeat another process takes over a delivery. */
  public Duration getClaimTimeout() {
    return claimTimeout;
  }

  public void setClaimTimeout(Duration claimTimeout) {
    this.claimTimeout = claimTimeout;
  }

  /** How long the journal keeps a delivery (its state, errors and body) after its last change. */
  public Duration getRetention() {
    return retention;
  }

  public void setRetention(Duration retention) {
    this.retention = retention;
  }

  /** Unfinished deliveries in the stream above which intake answers 503. */
  public int getMaxBacklog() {
    return maxBacklog;
  }

  public void setMaxBacklog(int maxBacklog) {
    this.maxBacklog = maxBacklog;
  }

  /** How long one process may hold a token-minting lock before others stop waiting for it. */
  public Duration getMintLockTimeout() {
    return mintLockTimeout;
  }

  public void setMintLockTimeout(Duration mintLockTimeout) {
    this.mintLockTimeout = mintLockTimeout;
  }

  /**
   * Base64 AES-256 keys for the token cache: the first encrypts, all decrypt (rotation). Falls back
   * to {@value #KEY_VARIABLE}, comma-separated.
   */
  public List<String> getTokenEncryptionKey() {
    return tokenEncryptionKey;
  }

  public void setTokenEncryptionKey(List<String> tokenEncryptionKey) {
    this.tokenEncryptionKey = tokenEncryptionKey == null ? new ArrayList<>() : tokenEncryptionKey;
  }

  /**
   * Secrets that authenticate queued deliveries (HMAC-SHA256): the first signs, all verify
   * (rotation). When unset, keys are derived from the webhook secrets, so one bot's processes share
   * them without this setting ({@code BOTWRIGHT_REDIS_ENTRY_KEY}, comma-separated).
   */
  public List<String> getEntryKey() {
    return entryKey;
  }

  public void setEntryKey(List<String> entryKey) {
    this.entryKey = entryKey == null ? new ArrayList<>() : entryKey;
  }
}
