package dev.botwright.internal.webhook;

import dev.botwright.config.CredentialsChanged;
import dev.botwright.config.WebhookConfiguration;
import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@code X-Hub-Signature-256} against the HMAC-SHA256 of the exact request bytes under each
 * configured secret (several while one is rotated), in constant time. Only sha256 is accepted. The
 * secrets are read again when setup mode installs new ones ({@link CredentialsChanged}).
 */
@Singleton
final class WebhookSignatureVerifier implements ApplicationEventListener<CredentialsChanged> {

  static final String PREFIX = "sha256=";
  private static final String ALGORITHM = "HmacSHA256";
  private static final int HEX_LENGTH = 64;

  /** What a signature header turned out to be. */
  enum Result {
    VALID,
    MISSING,
    MALFORMED,
    MISMATCH
  }

  /** Initialised once per secret; cloned per request because a Mac is not thread-safe. */
  private volatile List<Mac> prototypes;

  /** Null when built from a fixed list of secrets (tests), which never changes. */
  private final @Nullable WebhookConfiguration configuration;

  @Inject
  WebhookSignatureVerifier(WebhookConfiguration configuration) {
    this.configuration = configuration;
    this.prototypes = macs(configuration.getSecrets());
  }

  WebhookSignatureVerifier(List<String> secrets) {
    this.configuration = null;
    this.prototypes = macs(secrets);
  }

  private static List<Mac> macs(List<String> secrets) {
    List<Mac> macs = new ArrayList<>();
    for (String secret : secrets) {
      macs.add(newMac(secret.getBytes(StandardCharsets.UTF_8)));
    }
    return List.copyOf(macs);
  }

  @Override
  public void onApplicationEvent(CredentialsChanged event) {
    if (configuration != null) {
      prototypes = macs(configuration.getSecrets());
    }
  }

  /** Whether no secret is configured, in which case every delivery is rejected. */
  boolean hasNoSecrets() {
    return prototypes.isEmpty();
  }

  Result verify(byte[] body, @Nullable String signatureHeader) {
    if (signatureHeader == null || signatureHeader.isBlank()) {
      return Result.MISSING;
    }
    byte[] expected = decode(signatureHeader.trim());
    if (expected == null) {
      return Result.MALFORMED;
    }
    boolean matched = false;
    for (Mac prototype : prototypes) {
      // Every secret is tried so the time taken does not say which one matched.
      matched |= MessageDigest.isEqual(expected, copyOf(prototype).doFinal(body));
    }
    return matched ? Result.VALID : Result.MISMATCH;
  }

  /** The 32 bytes of {@code sha256=<64 hex>}, or null when it has any other shape. */
  private static byte @Nullable [] decode(String header) {
    if (header.length() != PREFIX.length() + HEX_LENGTH || !header.startsWith(PREFIX)) {
      return null;
    }
    byte[] bytes = new byte[HEX_LENGTH / 2];
    for (int i = 0; i < bytes.length; i++) {
      int high = Character.digit(header.charAt(PREFIX.length() + 2 * i), 16);
      int low = Character.digit(header.charAt(PREFIX.length() + 2 * i + 1), 16);
      if (high < 0 || low < 0) {
        return null;
      }
      bytes[i] = (byte) ((high << 4) | low);
    }
    return bytes;
  }

  private static Mac copyOf(Mac prototype) {
    try {
      return (Mac) prototype.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("The " + ALGORITHM + " provider cannot clone a Mac", e);
    }
  }

  private static Mac newMac(byte[] key) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("This JVM cannot compute " + ALGORITHM, e);
    }
  }

  @Override
  public String toString() {
    return "WebhookSignatureVerifier[secrets=" + prototypes.size() + "]";
  }
}
