package dev.botwright.config;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Request limits of every route but the webhook's ({@code botwright.http.*}); the webhook route has
 * its own in {@link WebhookConfiguration}.
 */
@ConfigurationProperties("botwright.http")
public class HttpConfiguration {

  /**
   * 1 MB: the largest body Botwright's own routes need is the setup import form with a PEM (up to
   * 64 KB); admin and sign-in routes take small JSON or forms.
   */
  public static final long DEFAULT_MAX_REQUEST_BYTES = 1024L * 1024;

  private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;

  /**
   * The largest request body any route but the webhook's accepts; larger ones get 413. A body
   * announced larger by {@code Content-Length} is refused before it is read; one sent without it
   * (chunked) is cut off here too (Micronaut's {@code micronaut.server.max-request-buffer-size}
   * follows this setting).
   */
  public long getMaxRequestBytes() {
    return maxRequestBytes;
  }

  public void setMaxRequestBytes(long maxRequestBytes) {
    this.maxRequestBytes = maxRequestBytes;
  }
}
