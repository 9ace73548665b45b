package dev.botwright.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.config.AppConfiguration;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.Jwts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultAppJwtTest {

  static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  final MutableClock clock = new MutableClock(NOW);

  @TempDir Path dir;

  @Test
  void signsRs256WithBackdatedIatAndNineMinuteExpiry() {
    Jws<Claims> jws = verify(new DefaultAppJwt(app("12345", null), clock).current(), NOW);

    assertThat(jws.getHeader().getAlgorithm()).isEqualTo("RS256");
    assertThat(jws.getPayload().getIssuer()).isEqualTo("12345");
    assertThat(jws.getPayload().getIssuedAt().toInstant()).isEqualTo(NOW.minusSeconds(60));
    assertThat(jws.getPayload().getExpiration().toInstant()).isEqualTo(NOW.plusSeconds(540));
  }

  @Test
  void issuerIsTheClientIdWhenConfigured() {
    String jwt = new DefaultAppJwt(app("12345", "Iv23liAbCdEf"), clock).current();
    assertThat(verify(jwt, NOW).getPayload().getIssuer()).isEqualTo("Iv23liAbCdEf");
  }

  @Test
  void reusesTheJwtWhileMoreThanAMinuteIsLeft() {
    DefaultAppJwt jwts = new DefaultAppJwt(app("1", null), clock);
    String first = jwts.current();
    assertThat(jwts.current()).isSameAs(first);

    clock.advance(Duration.ofMinutes(8).minusSeconds(1)); // 61 s left
    assertThat(jwts.current()).isSameAs(first);

    clock.advance(Duration.ofSeconds(1)); // 60 s left
    String second = jwts.current();
    assertThat(second).isNotEqualTo(first);
    assertThat(verify(second, clock.instant()).getPayload().getIssuedAt().toInstant())
        .isEqualTo(NOW.plus(Duration.ofMinutes(8)).minusSeconds(60));
  }

  @Test
  void clockCorrectionShiftsIatAndExpAndSignsAnew() {
    DefaultAppJwt jwts = new DefaultAppJwt(app("1", null), clock);
    String before = jwts.current();
    Instant github = NOW.minus(Duration.ofMinutes(5));

    jwts.correctClock(github);
    String after = jwts.current();

    assertThat(after).isNotEqualTo(before);
    Claims claims = verify(after, github).getPayload();
    assertThat(claims.getIssuedAt().toInstant()).isEqualTo(github.minusSeconds(60));
    assertThat(claims.getExpiration().toInstant()).isEqualTo(github.plusSeconds(540));

    // The offset stays: later JWTs keep following GitHub's clock.
    clock.advance(Duration.ofMinutes(9));
    Claims later = verify(jwts.current(), github.plus(Duration.ofMinutes(9))).getPayload();
    assertThat(later.getIssuedAt().toInstant()).isEqualTo(github.plusSeconds(540 - 60));
  }

  @Test
  void startsWithoutAKeyAndExplainsOnFirstUse() {
    DefaultAppJwt jwts = new DefaultAppJwt(app("1", null, null), clock);
    AuthenticationConfigurationException e = PrivateKeysTest.failure(jwts::current);
    assertThat(e.environmentVariable()).isEqualTo("PRIVATE_KEY");
  }

  @Test
  void explainsAMissingAppId() {
    DefaultAppJwt jwts = new DefaultAppJwt(app(null, null), clock);
    AuthenticationConfigurationException e = PrivateKeysTest.failure(jwts::current);
    assertThat(e.environmentVariable()).isEqualTo("APP_ID");
    assertThat(e)
        .hasMessage(
            "No app id is configured: set APP_ID (botwright.app.id) or GITHUB_CLIENT_ID"
                + " (botwright.app.client-id), both shown on the app's settings page.");
  }

  @Test
  void readsTheKeyFileOnce() throws Exception {
    Path file = Files.writeString(dir.resolve("app.pem"), TestKeys.pkcs1(TestKeys.RSA));
    AppConfiguration app = app("1", null, null);
    app.setPrivateKeyPath(file.toString());
    DefaultAppJwt jwts = new DefaultAppJwt(app, clock);
    String first = jwts.current();

    Files.delete(file);
    jwts.correctClock(NOW.plusSeconds(1));

    assertThat(jwts.current()).isNotEqualTo(first);
  }

  static AppConfiguration app(String id, String clientId) {
    return app(id, clientId, TestKeys.pkcs1(TestKeys.RSA));
  }

  static AppConfiguration app(String id, String clientId, String key) {
    AppConfiguration app = new AppConfiguration();
    app.setId(id);
    app.setClientId(clientId);
    app.setPrivateKey(key);
    return app;
  }

  /** Verifies the signature with the public key, as GitHub would at {@code now}. */
  static Jws<Claims> verify(String jwt, Instant now) {
    return Jwts.parser()
        .verifyWith(TestKeys.RSA.getPublic())
        .clock(() -> Date.from(now))
        .build()
        .parseSignedClaims(jwt);
  }
}
