package dev.botwright.spi;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Where installation tokens are kept between uses. The default keeps them in memory, bounded;
 * replace it by declaring a bean of this type (e.g. a shared cache for many processes).
 * Implementations must be thread-safe; the framework already makes sure only one mint per key runs
 * at a time in this process.
 */
public interface InstallationTokenCache {

  /** The cached token for {@code key}, if any (expired ones may be returned; callers check). */
  Optional<Token> get(Key key);

  /** Stores {@code token} for {@code key}, replacing any older one. */
  void put(Key key, Token token);

  /** Forgets the token for {@code key} (e.g. after GitHub rejected it). */
  void remove(Key key);

  /**
   * The cached token for {@code key} if it is {@code usable}, else the result of {@code mint},
   * stored. The framework calls this while it holds the key's in-process single-flight slot; a
   * cache shared by several processes overrides it so that only one of them mints at a time and the
   * others use that token.
   *
   * @param usable whether a cached token still has enough time left
   * @param mint asks GitHub for a new token; may throw
   */
  default Token getOrMint(Key key, Predicate<Token> usable, Supplier<Token> mint) {
    Optional<Token> cached = get(key).filter(usable);
    if (cached.isPresent()) {
      return cached.get();
    }
    Token token = mint.get();
    put(key, token);
    return token;
  }

  /**
   * What a token is for: one installation, optionally narrowed to some repositories or permissions.
   * Repositories are sorted on construction, so equal narrowing gives equal keys.
   *
   * @param installationId the installation
   * @param repositories repository names the token is limited to; empty for all
   * @param permissions permission name to level (e.g. {@code issues=write}); empty for all granted
   */
  record Key(long installationId, List<String> repositories, Map<String, String> permissions) {

    public Key {
      repositories = List.copyOf(repositories.stream().sorted().toList());
      permissions = Map.copyOf(permissions);
    }

    /** A key for a token with all of the installation's repositories and permissions. */
    public static Key of(long installationId) {
      return new Key(installationId, List.of(), Map.of());
    }
  }

  /**
   * An installation token. Its {@code toString} never shows the value.
   *
   * @param value the token, of no assumed length or format
   * @param expiresAt when GitHub says it expires
   * @param mintedAt when it was minted (for the young-token 401 rule)
   */
  record Token(String value, Instant expiresAt, Instant mintedAt) {
    @Override
    public String toString() {
      return "Token[expiresAt=" + expiresAt + ", mintedAt=" + mintedAt + "]";
    }
  }
}
