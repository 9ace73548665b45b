package dev.botwright.internal.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Checks an {@code Authorization} header against the admin token in constant time. Both sides are
 * hashed first so that neither the comparison's duration nor an early length mismatch tells an
 * attacker how much of a guess was right.
 */
final class AdminToken {

  private static final String BEARER = "Bearer ";

  private final byte[] expected;

  AdminToken(String token) {
    this.expected = sha256(token);
  }

  /** Whether {@code authorization} is {@code Bearer <the token>}. */
  boolean accepts(String authorization) {
    boolean bearer =
        authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
    // A missing or malformed header is hashed and compared too, so it costs what a wrong one does.
    String given = bearer ? authorization.substring(BEARER.length()).trim() : "";
    boolean equal = MessageDigest.isEqual(expected, sha256(given));
    return bearer && equal;
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  @Override
  public String toString() {
    return "AdminToken[***]";
  }
}
