package dev.botwright.redis;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Authenticates queued deliveries: HMAC-SHA256 over a delivery's id, event, action, installation,
 * headers, body and receipt time, stored with them in Redis and checked before the delivery runs,
 * so someone who can write to Redis but does not hold the key cannot inject or alter a delivery.
 *
 * <p>Keys come from {@code botwright.redis.entry-key} (several for rotation: the first signs, all
 * verify) or, when that is unset, from the webhook secrets (again the first signs), so every
 * process of one bot shares them with no extra setting. Either way each secret passes through
 * {@code HMAC-SHA256(secret, "botwright redis entry mac v1")} first, so the MAC key is never the
 * webhook secret itself and a MAC is never a valid webhook signature.
 */
final class EntryMac {

  static final String ALGORITHM = "HmacSHA256";
  private static final byte[] LABEL =
      "botwright redis entry mac v1".getBytes(StandardCharsets.UTF_8);

  private final List<String> configured;
  private final Supplier<List<String>> webhookSecrets;
  private volatile Keys keys = new Keys(List.of(), List.of());

  /** The secrets a ring was derived from, so a changed webhook secret (setup) derives anew. */
  private record Keys(List<String> from, List<SecretKeySpec> derived) {}

  EntryMac(List<String> configured, Supplier<List<String>> webhookSecrets) {
    this.configured = List.copyOf(configured);
    this.webhookSecrets = webhookSecrets;
  }

  /** Whether this process has a key at all (a process waiting in setup mode may not). */
  boolean hasKeys() {
    return !keys().isEmpty();
  }

  /** The MAC of {@code fields} under the first key. */
  byte[] sign(byte[]... fields) {
    List<SecretKeySpec> ring = keys();
    if (ring.isEmpty()) {
      throw new IllegalStateException(
          "No key to sign a Redis queue entry: set botwright.redis.entry-key or the webhook secret");
    }
    return mac(ring.get(0), fields);
  }

  /** Whether {@code mac} is the MAC of {@code fields} under any key; constant time per key. */
  boolean verify(byte[] mac, byte[]... fields) {
    if (mac == null || mac.length == 0) {
      return false;
    }
    boolean valid = false;
    for (SecretKeySpec key : keys()) {
      valid |= MessageDigest.isEqual(mac(key, fields), mac);
    }
    return valid;
  }

  private List<SecretKeySpec> keys() {
    List<String> from = configured.isEmpty() ? webhookSecrets.get() : configured;
    Keys current = keys;
    if (!current.from().equals(from)) {
      List<SecretKeySpec> derived = new ArrayList<>();
      for (String secret : from) {
        if (secret != null && !secret.isEmpty()) {
          byte[] key = mac(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
          derived.add(new SecretKeySpec(key, ALGORITHM));
        }
      }
      current = new Keys(List.copyOf(from), List.copyOf(derived));
      keys = current;
    }
    return current.derived();
  }

  /** The label's MAC under {@code secret}: the key derivation. */
  private static byte[] mac(SecretKeySpec secret) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(secret);
      return mac.doFinal(LABEL);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("This JVM lacks " + ALGORITHM, e);
    }
  }

  /** Each field length-prefixed, so no two different field lists share an input. */
  private static byte[] mac(SecretKeySpec key, byte[]... fields) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      ByteBuffer length = ByteBuffer.allocate(4);
      mac.update(LABEL);
      for (byte[] field : fields) {
        byte[] value = field == null ? new byte[0] : field;
        length.clear();
        mac.update(length.putInt(value.length).array());
        mac.update(value);
      }
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("This JVM lacks " + ALGORITHM, e);
    }
  }

  @Override
  public String toString() {
    return "EntryMac[" + (configured.isEmpty() ? "from the webhook secret" : "configured") + "]";
  }
}
