package dev.botwright.auth;

import dev.botwright.config.TokenConfiguration;
import dev.botwright.files.AtomicFile;
import dev.botwright.spi.InstallationTokenCache;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps tokens in memory and in a file, so a restart reuses unexpired tokens instead of minting new
 * ones. On with {@code botwright.tokens.store-key}; every token value in the file is encrypted with
 * AES-GCM under a key derived from it. The file is rewritten whole after each change (a temporary
 * file atomically replaces it), which suits a single process with up to a few thousand
 * installations; for more, or for several processes, declare a shared {@link
 * InstallationTokenCache} bean instead. Expired tokens are dropped on load; tokens sealed with
 * another key are ignored (and minted again).
 */
@Singleton
@Requires(property = "botwright.tokens.store-key")
@Requires(missingBeans = InstallationTokenCache.class)
final class FileInstallationTokenCache implements InstallationTokenCache {

  private static final Logger LOG = LoggerFactory.getLogger(FileInstallationTokenCache.class);

  private final Path file;
  private final int capacity;
  private final AesGcmKeyRing cipher;
  private final JsonMapper json;
  private final Clock clock;
  private final LinkedHashMap<Key, Token> tokens = new LinkedHashMap<>(16, 0.75f, true);

  @Inject
  FileInstallationTokenCache(TokenConfiguration config, JsonMapper json) {
    this(
        Path.of(config.getStoreFile()),
        config.getCacheSize(),
        keyFrom(config.getStoreKey()),
        json,
        Clock.systemUTC());
  }

  FileInstallationTokenCache(
      Path file, int capacity, AesGcmKeyRing cipher, JsonMapper json, Clock clock) {
    this.file = file;
    this.capacity = capacity;
    this.cipher = cipher;
    this.json = json;
    this.clock = clock;
    load();
  }

  @Override
  public synchronized Optional<Token> get(Key key) {
    return Optional.ofNullable(tokens.get(key));
  }

  @Override
  public synchronized void put(Key key, Token token) {
    tokens.put(key, token);
    var eldest = tokens.keySet().iterator();
    while (tokens.size() > capacity) {
      eldest.next();
      eldest.remove();
    }
    write();
  }

  @Override
  public synchronized void remove(Key key) {
    if (tokens.remove(key) != null) {
      write();
    }
  }

  private void load() {
    if (!Files.exists(file)) {
      return;
    }
    TokenSnapshot snapshot;
    try {
      snapshot = json.readValue(Files.readAllBytes(file), TokenSnapshot.class);
    } catch (IOException | RuntimeException e) {
      LOG.warn(
          "The token file {} could not be read ({}); tokens will be minted anew.",
          file,
          e.getClass().getSimpleName());
      return;
    }
    int unreadable = 0;
    for (TokenSnapshot.Entry entry : snapshot.tokens()) {
      if (!entry.expiresAt().isAfter(clock.instant())) {
        continue;
      }
      Key key = new Key(entry.installationId(), entry.repositories(), entry.permissions());
      Optional<String> value = cipher.decrypt(entry.sealed(), associated(key));
      if (value.isEmpty()) {
        unreadable++;
        continue;
      }
      tokens.put(key, new Token(value.get(), entry.expiresAt(), entry.mintedAt()));
    }
    if (unreadable > 0) {
      LOG.warn(
          "{} tokens in {} were sealed with another botwright.tokens.store-key; they will be"
              + " minted anew.",
          unreadable,
          file);
    }
  }

  private void write() {
    List<TokenSnapshot.Entry> entries = new ArrayList<>(tokens.size());
    tokens.forEach(
        (key, token) ->
            entries.add(
                new TokenSnapshot.Entry(
                    key.installationId(),
                    key.repositories(),
                    key.permissions(),
                    cipher.encrypt(token.value(), associated(key)),
                    token.expiresAt(),
                    token.mintedAt())));
    try {
      AtomicFile.replace(
          file, json.writeValueAsBytes(new TokenSnapshot(TokenSnapshot.VERSION, entries)));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not write installation tokens to "
              + file.toAbsolutePath()
              + ": make sure its folder is writable, or set botwright.tokens.store-file.",
          e);
    }
  }

  /**
   * The AES key derived from the store key, which is any passphrase; a file written by an earlier
   * version still opens because the derivation is unchanged.
   */
  static AesGcmKeyRing keyFrom(String storeKey) {
    try {
      return AesGcmKeyRing.of(
          MessageDigest.getInstance("SHA-256")
              .digest(("botwright-token-store:" + storeKey).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This JVM lacks SHA-256", e);
    }
  }

  /** Binds each sealed value to its entry: installation, repositories and permissions. */
  private static String associated(Key key) {
    return key.installationId()
        + "|"
        + String.join(",", key.repositories())
        + "|"
        + new TreeMap<>(key.permissions());
  }

  /** How many tokens are held, for tests. */
  synchronized int size() {
    return tokens.size();
  }
}
