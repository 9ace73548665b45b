package dev.botwright.internal.oauth;

import dev.botwright.oauth.SignInException;
import dev.botwright.spi.OneTimeStates;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Issues and checks sign-in states. The state and the PKCE verifier travel in the browser's
 * encrypted state cookie, so the callback only succeeds in the browser that started it; a state is
 * accepted once ({@link OneTimeStates}: in memory, or shared through Redis), so a callback cannot
 * be replayed.
 */
@Singleton
@Requires(property = "botwright.oauth.enabled", value = "true")
final class SignInStates {

  static final String PURPOSE = "sign-in";

  private final SecureRandom random = new SecureRandom();
  private final Clock clock = Clock.systemUTC();
  private final SessionCookies cookies;
  private final OneTimeStates used;

  SignInStates(SessionCookies cookies, OneTimeStates used) {
    this.cookies = cookies;
    this.used = used;
  }

  SignInState issue(String returnTo) {
    return new SignInState(randomToken(), randomToken(), returnTo, clock.millis());
  }

  URI authorizeUrl(
      String web, String clientId, String redirectUri, SignInState state, List<String> scopes) {
    StringBuilder url =
        new StringBuilder(web)
            .append("/login/oauth/authorize?client_id=")
            .append(encode(clientId))
            .append("&redirect_uri=")
            .append(encode(redirectUri))
            .append("&state=")
            .append(encode(state.state()))
            .append("&code_challenge=")
            .append(challenge(state.verifier()))
            .append("&code_challenge_method=S256");
    if (!scopes.isEmpty()) {
      url.append("&scope=").append(encode(String.join(" ", scopes)));
    }
    return URI.create(url.toString());
  }

  /**
   * The pending sign-in, if {@code state} is this browser's and unexpired. Nothing is remembered
   * and nothing is sent anywhere: a state this server never issued to this browser stops here.
   */
  SignInState check(String state, String cookie, long nowMillis) {
    if (state == null || state.isBlank()) {
      throw new SignInException(400, "GitHub's redirect carried no state. Sign in again.");
    }
    SignInState pending = cookie == null ? null : cookiesState(cookie);
    if (pending == null
        || !MessageDigest.isEqual(
            pending.state().getBytes(StandardCharsets.UTF_8),
            state.getBytes(StandardCharsets.UTF_8))) {
      throw new SignInException(
          400,
          "This sign-in was not started in this browser, or its state is unknown. Sign in"
              + " again from this browser.");
    }
    long expiresAt = pending.issuedAtMillis() + SessionCookies.STATE_TTL.toMillis();
    if (nowMillis > expiresAt) {
      throw new SignInException(400, "This sign-in took longer than 10 minutes. Sign in again.");
    }
    return pending;
  }

  /** Uses {@code pending} up; refuses it if it was used before, here or on another process. */
  void useOnce(SignInState pending) {
    Instant expiresAt =
        Instant.ofEpochMilli(pending.issuedAtMillis()).plus(SessionCookies.STATE_TTL);
    if (!used.useOnce(PURPOSE, pending.state(), expiresAt)) {
      throw new SignInException(400, "This sign-in link was already used. Sign in again.");
    }
  }

  private SignInState cookiesState(String cookie) {
    return cookies.readState(cookie).orElse(null);
  }

  static String challenge(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private String randomToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
