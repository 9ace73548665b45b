package dev.botwright.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The webhook route ({@code botwright.webhook.*}). {@code WEBHOOK_SECRET} and {@code WEBHOOK_PATH}
 * map onto these keys. Several secrets may be listed while one is being rotated.
 */
@ConfigurationProperties("botwright.webhook")
public class WebhookConfiguration {

  /** Probot's default webhook path. */
  public static final String DEFAULT_PATH = "/api/github/webhooks";

  /** How long a delivery id is remembered to ignore redeliveries. */
  public static final Duration DEFAULT_DEDUPE_WINDOW = Duration.ofHours(6);

  /** GitHub caps payloads at 25 MB. */
  public static final int DEFAULT_MAX_PAYLOAD_BYTES = 25 * 1024 * 1024;

  /**
   * Half the heap: the bytes of webhook bodies being received and checked at once. Enough for one
   * 25 MB payload with a 64 MB heap, while the other half keeps the bot running.
   */
  public static final long DEFAULT_MAX_UNVERIFIED_BYTES = Runtime.getRuntime().maxMemory() / 2;

  /** The first wait before reconnecting to a webhook proxy; doubled per failure, with jitter. */
  public static final Duration DEFAULT_PROXY_INITIAL_BACKOFF = Duration.ofSeconds(1);

  /** The longest wait between two attempts to reach a webhook proxy. */
  public static final Duration DEFAULT_PROXY_MAX_BACKOFF = Duration.ofSeconds(30);

  /** How long the proxy's stream may be silent before it is reopened (smee.io pings more often). */
  public static final Duration DEFAULT_PROXY_IDLE_TIMEOUT = Duration.ofMinutes(2);

  private String path = DEFAULT_PATH;
  private @Nullable String proxyUrl;
  private Duration proxyInitialBackoff = DEFAULT_PROXY_INITIAL_BACKOFF;
  private Duration proxyMaxBackoff = DEFAULT_PROXY_MAX_BACKOFF;
  private Duration proxyIdleTimeout = DEFAULT_PROXY_IDLE_TIMEOUT;
  // Volatile: setup mode replaces the list in the running process (see CredentialsChanged).
  private volatile List<String> secrets = new ArrayList<>();
  private Duration dedupeWindow = DEFAULT_DEDUPE_WINDOW;
  private int maxPayloadBytes = DEFAULT_MAX_PAYLOAD_BYTES;
  private long maxUnverifiedBytes = DEFAULT_MAX_UNVERIFIED_BYTES;

  /** The path GitHub posts to ({@code WEBHOOK_PATH}). */
  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path == null || path.isBlank() ? DEFAULT_PATH : path;
  }

  /** Accepted secrets, the current one first ({@code WEBHOOK_SECRET}). */
  public List<String> getSecrets() {
    return secrets;
  }

  public void setSecrets(List<String> secrets) {
    this.secrets =
        secrets == null
            ? new ArrayList<>()
            : new ArrayList<>(secrets.stream().filter(s -> s != null && !s.isBlank()).toList());
  }

  /** How long a delivery id is remembered so a redelivery is not dispatched twice. */
  public Duration getDedupeWindow() {
    return dedupeWindow;
  }

  public void setDedupeWindow(Duration dedupeWindow) {
    this.dedupeWindow = dedupeWindow;
  }

  /** The largest payload accepted; larger ones get 413. */
  public int getMaxPayloadBytes() {
    return maxPayloadBytes;
  }

  public void setMaxPayloadBytes(int maxPayloadBytes) {
    this.maxPayloadBytes = maxPayloadBytes;
  }

  /**
   * The most body bytes the webhook route holds at once for requests still being received and
   * checked; a request that would go beyond gets 503 with {@code Retry-After} before its body is
   * read, so many large unsigned bodies cannot exhaust the heap. A body announced by {@code
   * Content-Length} reserves its whole length at once.
   */
  public long getMaxUnverifiedBytes() {
    return maxUnverifiedBytes;
  }

  public void setMaxUnverifiedBytes(long maxUnverifiedBytes) {
    this.maxUnverifiedBytes = maxUnverifiedBytes;
  }

  /**
   * A webhook proxy channel to relay deliveries from, for local development ({@code
   * WEBHOOK_PROXY_URL}, e.g. {@code https://smee.io/abc123}); none by default. Refused together
   * with production settings.
   */
  public @Nullable String getProxyUrl() {
    return proxyUrl;
  }

  public void setProxyUrl(@Nullable String proxyUrl) {
    this.proxyUrl = AppConfiguration.blankToNull(proxyUrl);
  }

  /** The first wait before reconnecting to the webhook proxy; doubled per failure, with jitter. */
  public Duration getProxyInitialBackoff() {
    return proxyInitialBackoff;
  }

  public void setProxyInitialBackoff(Duration proxyInitialBackoff) {
    this.proxyInitialBackoff = proxyInitialBackoff;
  }

  /** The longest wait between two attempts to reach the webhook proxy. */
  public Duration getProxyMaxBackoff() {
    return proxyMaxBackoff;
  }

  public void setProxyMaxBackoff(Duration proxyMaxBackoff) {
    this.proxyMaxBackoff = proxyMaxBackoff;
  }

  /**
   * How long the webhook proxy's stream may send nothing before it is closed and reopened (with
   * {@code Last-Event-ID}), so a connection that died silently is noticed.
   */
  public Duration getProxyIdleTimeout() {
    return proxyIdleTimeout;
  }

  public void setProxyIdleTimeout(Duration proxyIdleTimeout) {
    this.proxyIdleTimeout = proxyIdleTimeout;
  }

  @Override
  public String toString() {
    return "WebhookConfiguration[path=" + path + ", secrets=" + secrets.size() + "]";
  }
}
