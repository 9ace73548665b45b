package dev.botwright.redis;

import dev.botwright.config.ClientCacheConfiguration;
import dev.botwright.spi.GitHubResponseCache;
import dev.botwright.spi.ValueCipher;
import dev.botwright.spi.ValueCiphers;
import io.lettuce.core.SetArgs;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The GitHub client's conditional-request cache shared by every process: each answer encrypted with
 * the token key ring ({@link ValueCiphers}, the Redis key as associated data), under a key that is
 * a hash of (identity, {@code Accept}, URL), expiring {@code botwright.client.cache.redis-ttl}
 * after it was stored. Nothing of the answer, URL or identity is in Redis in clear. Answers larger
 * than {@code max-bytes} are not stored; when Redis is unreachable the client asks GitHub
 * unconditionally.
 */
@Singleton
@Requires(property = RedisConfiguration.URL)
@Requires(property = "botwright.client.cache.enabled", notEquals = "false")
@Replaces(GitHubResponseCache.class)
final class RedisGitHubResponseCache implements GitHubResponseCache {

  private final Redis redis;
  private final ValueCipher cipher;
  private final long maxBytes;
  private final Duration ttl;

  @Inject
  RedisGitHubResponseCache(Redis redis, ValueCiphers ciphers, ClientCacheConfiguration config) {
    this(
        redis,
        RedisInstallationTokenCache.keyRing(
            ciphers, RedisInstallationTokenCache.keys(redis.config())),
        config);
  }

  RedisGitHubResponseCache(Redis redis, ValueCipher cipher, ClientCacheConfiguration config) {
    this.redis = redis;
    this.cipher = cipher;
    this.maxBytes = config.getMaxBytes();
    this.ttl = config.getRedisTtl();
  }

  @Override
  public Optional<Entry> get(String key) {
    String name = entryKey(key);
    String sealed;
    try {
      sealed = redis.call("read a cached answer", c -> c.get(name));
    } catch (RedisUnavailableException e) {
      return Optional.empty();
    }
    return sealed == null ? Optional.empty() : cipher.decrypt(sealed, name).map(this::decode);
  }

  @Override
  public void put(String key, Entry entry) {
    if (key.length() + entry.weight() > maxBytes) {
      return;
    }
    String name = entryKey(key);
    String sealed = cipher.encrypt(encode(entry), name);
    try {
      redis.call(
          "store a cached answer", c -> c.set(name, sealed, SetArgs.Builder.px(ttl.toMillis())));
    } catch (RedisUnavailableException e) {
      // The caller has its answer; the next GET is unconditional.
    }
  }

  /** The Redis key of a cache key: a hash, so no URL or identity is stored in clear. */
  String entryKey(String key) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return redis.key("github-cache:" + HexFormat.of().formatHex(hash));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }

  private static String encode(Entry entry) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(entry.headers().size());
      for (Map.Entry<String, List<String>> header : entry.headers().entrySet()) {
        out.writeUTF(header.getKey());
        out.writeInt(header.getValue().size());
        for (String value : header.getValue()) {
          out.writeUTF(value);
        }
      }
      out.writeInt(entry.body().length);
      out.write(entry.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getEncoder().encodeToString(bytes.toByteArray());
  }

  private Entry decode(String plain) {
    try (DataInputStream in =
        new DataInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(plain)))) {
      int headers = in.readInt();
      Map<String, List<String>> map = new LinkedHashMap<>();
      for (int i = 0; i < headers; i++) {
        String name = in.readUTF();
        int count = in.readInt();
        List<String> values = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
          values.add(in.readUTF());
        }
        map.put(name, List.copyOf(values));
      }
      byte[] body = new byte[in.readInt()];
      in.readFully(body);
      return new Entry(map, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
