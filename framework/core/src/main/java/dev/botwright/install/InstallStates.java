package dev.botwright.install;

import dev.botwright.config.AppConfiguration;
import dev.botwright.config.InstallConfiguration;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks the {@code state} of install links: a JWT (HS256) holding the return path, the
 * signed-in user, a nonce and the caller's metadata. Each state is accepted once: used nonces are
 * remembered in this process until their state expires, so with several processes a replay is only
 * caught by the process that saw the first use.
 */
@Singleton
@Requires(property = "botwright.install.enabled", value = "true")
final class InstallStates {

  /** Bounds the remembered nonces; full means too many installs in flight right now. */
  static final int MAX_USED = 50_000;

  private static final String RETURN_TO = "ret";
  private static final String USER = "uid";
  private static final String METADATA = "meta";

  /**
   * A verified state.
   *
   * @param userId the user signed in when the link was made, or {@code null}
   */
  /**
   * The cookie holding the nonce of the last install link this browser opened: GitHub's {@code
   * code} signs a user in only in that browser.
   */
  static final String COOKIE = "botwright_install";

  record State(
      String returnTo,
      @Nullable Long userId,
      String nonce,
      Map<String, String> metadata,
      Instant expiresAt) {}

  /** How long a state is accepted. */
  Duration lifetime() {
    return lifetime;
  }

  /** Why a state was refused; the message is safe to show. */
  static final class InvalidState extends RuntimeException {
    InvalidState(String message) {
      super(message, null, false, false);
    }
  }

  private final SecretKey key;
  private final Duration lifetime;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Instant> used = new ConcurrentHashMap<>();

  InstallStates(InstallConfiguration config, AppConfiguration app) {
    this.key = Keys.hmacShaKeyFor(keyBytes(config.getStateKey(), app.getClientSecret()));
    this.lifetime = config.getStateLifetime();
  }

  String issue(String returnTo, @Nullable Long userId, Map<String, String> metadata) {
    return issue(returnTo, userId, metadata, Instant.now());
  }

  String issue(
      String returnTo, @Nullable Long userId, Map<String, String> metadata, Instant issuedAt) {
    byte[] nonce = new byte[16];
    random.nextBytes(nonce);
    var builder =
        Jwts.builder()
            .id(Base64.getUrlEncoder().withoutPadding().encodeToString(nonce))
            .issuedAt(Date.from(issuedAt))
            .expiration(Date.from(issuedAt.plus(lifetime)))
            .claim(RETURN_TO, returnTo)
            .claim(METADATA, metadata);
    if (userId != null) {
      builder.claim(USER, userId);
    }
    return builder.signWith(key, Jwts.SIG.HS256).compact();
  }

  /** Checks signature and expiry; does not use the state up. */
  State verify(@Nullable String token) {
    if (token == null || token.isBlank()) {
      throw new InvalidState("The link carries no state: start again from the install link.");
    }
    Claims claims;
    try {
      claims = Jwts.parser().verifyWith(key).build().parseSignedClaims(token).getPayload();
    } catch (ExpiredJwtException e) {
      throw new InvalidState("The install link has expired: start again from the install link.");
    } catch (JwtException | IllegalArgumentException e) {
      throw new InvalidState("The state is not valid: start again from the install link.");
    }
    String returnTo = claims.get(RETURN_TO, String.class);
    if (claims.getId() == null || returnTo == null) {
      throw new InvalidState("The state is not valid: start again from the install link.");
    }
    Number user = claims.get(USER, Number.class);
    Map<String, String> metadata = new LinkedHashMap<>();
    if (claims.get(METADATA) instanceof Map<?, ?> map) {
      map.forEach((k, v) -> metadata.put(String.valueOf(k), String.valueOf(v)));
    }
    return new State(
        returnTo,
        user == null ? null : user.longValue(),
        claims.getId(),
        Map.copyOf(metadata),
        claims.getExpiration().toInstant());
  }

  /** Uses the state up; refuses one that was used before. */
  void consume(State state) {
    Instant now = Instant.now();
    if (used.size() >= MAX_USED) {
      used.values().removeIf(expiry -> !now.isBefore(expiry));
      if (used.size() >= MAX_USED) {
        throw new InvalidState("Too many installs are in progress: try again in a few minutes.");
      }
    }
    if (used.putIfAbsent(state.nonce(), state.expiresAt()) != null) {
      throw new InvalidState(
          "This install link was already used: start again from the install link.");
    }
  }

  private static byte[] keyBytes(@Nullable String stateKey, @Nullable String clientSecret) {
    try {
      if (stateKey != null) {
        return MessageDigest.getInstance("SHA-256")
            .digest(("botwright-install-state:" + stateKey).getBytes(StandardCharsets.UTF_8));
      }
      if (clientSecret != null) {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return mac.doFinal("botwright-install-state".getBytes(StandardCharsets.UTF_8));
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("This JVM lacks SHA-256 or HmacSHA256", e);
    }
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    return random;
  }
}
