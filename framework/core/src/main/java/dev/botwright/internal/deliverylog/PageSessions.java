package dev.botwright.internal.deliverylog;

import dev.botwright.config.DeliveryPageConfiguration;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The page's sign-in sessions, kept by the browser: the cookie holds a random session id and its
 * expiry, signed with HMAC-SHA256 under a key made at start-up, never the admin token. Each session
 * has its own CSRF token, an HMAC of its id, checked in constant time. Signing out ends the session
 * here too (its id is remembered until it would have expired), so a copy of the cookie is no
 * session afterwards. A restart makes a new key, which signs everyone out.
 */
@Singleton
final class PageSessions {

  static final String COOKIE = "botwright_deliveries_session";

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final byte[] key = new byte[32];

  /** Ended sessions' ids, with the second their cookie expires; pruned as they expire. */
  private final Map<String, Long> ended = new ConcurrentHashMap<>();

  private final Duration lifetime;
  private final Clock clock;

  @Inject
  PageSessions(DeliveryPageConfiguration config) {
    this(config.getSessionTimeout(), Clock.systemUTC());
  }

  PageSessions(Duration lifetime, Clock clock) {
    this.lifetime = lifetime;
    this.clock = clock;
    new SecureRandom().nextBytes(key);
  }

  /** A signed session. */
  record Session(String id, long expires) {}

  /** How long a cookie lives, for its {@code Max-Age}. */
  Duration lifetime() {
    return lifetime;
  }

  /** A new session, as the cookie's value. */
  String open() {
    byte[] id = new byte[18];
    new SecureRandom().nextBytes(id);
    String body = B64.encodeToString(id) + "." + (clock.millis() / 1000 + lifetime.toSeconds());
    return body + "." + sign("session|" + body);
  }

  /** The session a cookie holds, if it is ours, intact and not expired. */
  Optional<Session> of(@Nullable String cookie) {
    if (cookie == null) {
      return Optional.empty();
    }
    int last = cookie.lastIndexOf('.');
    int first = cookie.indexOf('.');
    if (first <= 0 || last <= first) {
      return Optional.empty();
    }
    String body = cookie.substring(0, last);
    if (!same(sign("session|" + body), cookie.substring(last + 1))) {
      return Optional.empty();
    }
    long expires;
    try {
      expires = Long.parseLong(body.substring(first + 1));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    String id = body.substring(0, first);
    return expires > clock.millis() / 1000 && !ended.containsKey(id)
        ? Optional.of(new Session(id, expires))
        : Optional.empty();
  }

  /** Ends {@code session}: its cookie, and every copy of it, is no session from now on. */
  void end(Session session) {
    long now = clock.millis() / 1000;
    ended.values().removeIf(expires -> expires <= now);
    ended.put(session.id(), session.expires());
  }

  /** The CSRF token of {@code session}'s forms. */
  String csrf(Session session) {
    return sign("csrf|" + session.id());
  }

  /** Whether {@code given} is {@code session}'s CSRF token; constant time. */
  boolean csrfMatches(Session session, @Nullable String given) {
    return given != null && same(csrf(session), given);
  }

  private static boolean same(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private String sign(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return B64.encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }
}
