package dev.botwright.internal.auth;

import dev.botwright.config.TokenConfiguration;
import dev.botwright.internal.files.AtomicFile;
import dev.botwright.spi.InstallationTokenCache;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps tokens in memory and in a file, so a restart reuses unexpired tokens instead of minting new
 * ones. On with {@code botwright.tokens.store-key}; every token value in the file is encrypted with
 * AES-GCM under a key derived from it with PBKDF2 and the file's own random salt ({@link
 * TokenFileKey}), once at start. The file is rewritten whole after each change (a temporary file
 * atomically replaces it), which suits a single process with up to a few thousand installations;
 * for more, or for several processes, declare a shared {@link InstallationTokenCache} bean instead.
 * Expired tokens are dropped on load; tokens sealed with another key, and files of the former
 * format, are ignored (and their tokens minted again): it is a cache of tokens that live an hour,
 * so starting empty costs one mint per installation.
 */
@Singleton
@Requires(property = "botwright.tokens.store-key")
@Requires(missingBeans = InstallationTokenCache.class)
final class FileInstallationTokenCache implements InstallationTokenCache {

  private static final Logger LOG = LoggerFactory.getLogger(FileInstallationTokenCache.class);

  private final Path file;
  private final int capacity;
  private final TokenFileKey derivation;
  private final AesGcmKeyRing cipher;
  private final JsonMapper json;
  private final Clock clock;
  private final LinkedHashMap<Key, Token> tokens = new LinkedHashMap<>(16, 0.75f, true);

  @Inject
  FileInstallationTokenCache(TokenConfiguration config, JsonMapper json) {
    this(
        Path.of(config.getStoreFile()),
        config.getCacheSize(),
        config.getStoreKey(),
        TokenFileKey.ITERATIONS,
        json,
        Clock.systemUTC());
  }

  /**
   * @param iterations PBKDF2 iterations for a new file; a file keeps those in its header
   */
  FileInstallationTokenCache(
      Path file, int capacity, String storeKey, int iterations, JsonMapper json, Clock clock) {
    this.file = file;
    this.capacity = capacity;
    this.json = json;
    this.clock = clock;
    TokenSnapshot snapshot = read();
    // read() answers only snapshots whose key it checked.
    this.derivation =
        snapshot != null
            ? Objects.requireNonNull(snapshot.key(), "a read snapshot has its key")
            : TokenFileKey.fresh(iterations);
    this.cipher = derivation.derive(storeKey);
    if (snapshot != null) {
      load(snapshot);
    }
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

  /** The file's content when it is a readable file of this version, else null (start empty). */
  private @Nullable TokenSnapshot read() {
    if (!Files.exists(file)) {
      return null;
    }
    TokenSnapshot snapshot;
    try {
      snapshot = json.readValue(Files.readAllBytes(file), TokenSnapshot.class);
    } catch (IOException | RuntimeException e) {
      LOG.warn(
          "The token file {} could not be read ({}); tokens will be minted anew.",
          file,
          e.getClass().getSimpleName());
      return null;
    }
    if (snapshot.version() != TokenSnapshot.VERSION || snapshot.key() == null) {
      LOG.warn(
          "The token file {} is in the format of an earlier version (its key came from a single"
              + " SHA-256 of botwright.tokens.store-key); it is not opened, its tokens will be"
              + " minted anew and the file is rewritten with a PBKDF2-derived key.",
          file);
      return null;
    }
    if (!snapshot.key().usable()) {
      LOG.warn(
          "The token file {} names a key derivation this version does not accept ({}); tokens"
              + " will be minted anew.",
          file,
          snapshot.key());
      return null;
    }
    return snapshot;
  }

  private void load(TokenSnapshot snapshot) {
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
          file,
          json.writeValueAsBytes(new TokenSnapshot(TokenSnapshot.VERSION, derivation, entries)));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not write installation tokens to "
              + file.toAbsolutePath()
              + ": make sure its folder is writable, or set botwright.tokens.store-file.",
          e);
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
