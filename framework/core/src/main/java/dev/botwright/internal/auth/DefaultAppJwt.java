package dev.botwright.internal.auth;

import dev.botwright.config.AppConfiguration;
import dev.botwright.config.CredentialsChanged;
import io.jsonwebtoken.Jwts;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.jspecify.annotations.Nullable;

/**
 * Signs app JWTs with the configured private key.
 *
 * <p>The key is parsed here on the first {@link #current()} and then kept: the file is not read
 * again. (The start-up configuration check has already read it once with {@link PrivateKeys#load},
 * so a wrong key fails at start, not at the first event.) When setup mode installs new credentials
 * ({@link CredentialsChanged}) the key and the last JWT are dropped.
 */
@Singleton
@Requires(missingBeans = AppJwt.class)
final class DefaultAppJwt implements AppJwt, ApplicationEventListener<CredentialsChanged> {

  static final Duration BACKDATE = Duration.ofSeconds(60);
  static final Duration LIFETIME = Duration.ofMinutes(9);
  static final Duration MIN_REMAINING = Duration.ofSeconds(60);

  private final AppConfiguration app;
  private final Clock clock;
  private @Nullable RSAPrivateKey key; // guarded by this
  private Duration offset = Duration.ZERO; // guarded by this
  private volatile @Nullable Signed signed;

  @Inject
  DefaultAppJwt(AppConfiguration app) {
    this(app, Clock.systemUTC());
  }

  DefaultAppJwt(AppConfiguration app, Clock clock) {
    this.app = app;
    this.clock = clock;
  }

  @Override
  public String current() {
    Signed last = signed;
    if (last != null && last.usableAt(clock.instant().plus(last.offset))) {
      return last.jwt;
    }
    return signIfNeeded();
  }

  private synchronized String signIfNeeded() {
    Instant now = clock.instant().plus(offset);
    Signed last = signed;
    if (last != null && last.usableAt(now)) {
      return last.jwt;
    }
    String issuer = app.jwtIssuer();
    if (issuer == null) {
      throw PemRsaKeys.fail(
          "APP_ID",
          "No app id is configured: set APP_ID (botwright.app.id) or GITHUB_CLIENT_ID"
              + " (botwright.app.client-id), both shown on the app's settings page.");
    }
    RSAPrivateKey signingKey = key;
    if (signingKey == null) {
      signingKey = PrivateKeys.load(app);
      key = signingKey;
    }
    Instant expiresAt = now.plus(LIFETIME);
    String jwt =
        Jwts.builder()
            .issuer(issuer)
            .issuedAt(Date.from(now.minus(BACKDATE)))
            .expiration(Date.from(expiresAt))
            .signWith(signingKey, Jwts.SIG.RS256)
            .compact();
    signed = new Signed(jwt, expiresAt, offset);
    return jwt;
  }

  @Override
  public synchronized void onApplicationEvent(CredentialsChanged event) {
    key = null;
    signed = null;
  }

  @Override
  public synchronized void correctClock(Instant githubNow) {
    offset = Duration.between(clock.instant(), githubNow);
    signed = null;
  }

  /** A signed JWT with the clock offset it was signed under, so the hot path needs no lock. */
  private record Signed(String jwt, Instant expiresAt, Duration offset) {

    boolean usableAt(Instant now) {
      return Duration.between(now, expiresAt).compareTo(MIN_REMAINING) > 0;
    }

    @Override
    public String toString() {
      return "Signed[expiresAt=" + expiresAt + "]";
    }
  }
}
