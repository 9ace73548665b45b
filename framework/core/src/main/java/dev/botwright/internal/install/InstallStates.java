package dev.botwright.internal.install;

import dev.botwright.config.AppConfiguration;
import dev.botwright.config.InstallConfiguration;
import dev.botwright.spi.OneTimeStates;
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
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks the {@code state} of install links: a JWT (HS256) holding the return path, the
 * signed-in user, a nonce (also kept in the browser's {@link InstallCookie}) and the caller's
 * metadata, which only a state bound to a user may carry. Each state is accepted once ({@link
 * OneTimeStates}: in memory, or shared through Redis).
 */
@Singleton
@Requires(property = "botwright.install.enabled", value = "true")
final class InstallStates {

  static final String PURPOSE = "install";

  private static final String RETURN_TO = "ret";
  private static final String USER = "uid";
  private static final String METADATA = "meta";
  private static final String INSTALLATION = "iid";

  /**
   * A verified state.
   *
   * @param userId the user signed in when the link was made, or {@code null}
   * @param installationId set only on the state of a confirmation form: the installation it links
   */
  record State(
      String returnTo,
      @Nullable Long userId,
      String nonce,
      Map<String, String> metadata,
      Instant expiresAt,
      @Nullable Long installationId) {}

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
  private final OneTimeStates used;

  InstallStates(InstallConfiguration config, AppConfiguration app, OneTimeStates used) {
    this.key = Keys.hmacShaKeyFor(keyBytes(config.getStateKey(), app.getClientSecret()));
    this.lifetime = config.getStateLifetime();
    this.used = used;
  }

  String issue(String returnTo, @Nullable Long userId, Map<String, String> metadata) {
    return issue(returnTo, userId, metadata, Instant.now(), null);
  }

  /** The state of the form that confirms linking {@code installationId} to {@code userId}. */
  String issueConfirmation(long userId, long installationId) {
    return issue("/", userId, Map.of(), Instant.now(), installationId);
  }

  String issue(
      String returnTo,
      @Nullable Long userId,
      Map<String, String> metadata,
      Instant issuedAt,
      @Nullable Long installationId) {
    if (userId == null && !metadata.isEmpty()) {
      // Metadata is acted on once the installation is linked; unbound, anyone's link could set it.
      throw new IllegalArgumentException("Install link metadata needs a signed-in user");
    }
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
    if (installationId != null) {
      builder.claim(INSTALLATION, installationId);
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
    Number installation = claims.get(INSTALLATION, Number.class);
    Map<String, String> metadata = new LinkedHashMap<>();
    if (user != null && claims.get(METADATA) instanceof Map<?, ?> map) {
      map.forEach((k, v) -> metadata.put(String.valueOf(k), String.valueOf(v)));
    }
    return new State(
        returnTo,
        user == null ? null : user.longValue(),
        claims.getId(),
        Map.copyOf(metadata),
        claims.getExpiration().toInstant(),
        installation == null ? null : installation.longValue());
  }

  /** Uses the state up; refuses one that was used before, here or on another process. */
  void consume(State state) {
    if (!used.useOnce(PURPOSE, state.nonce(), state.expiresAt())) {
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
