package dev.botwright.internal.oauth;

import dev.botwright.oauth.UserToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;

/**
 * What the session cookies hold. Times are epoch seconds, 0 for "none", except {@code issuedAt} in
 * epoch milliseconds (compared with the per-user revocations). {@code sessionId} names the session
 * in the revocation list; {@code expiresAt} is the absolute end; {@code until} is the cookie's own
 * end: the access cookie's short life, or the refresh cookie's idle deadline. The access cookie
 * never holds the refresh token. Serialised compactly so each encrypted cookie stays well below
 * browsers' 4 KB limit.
 */
record SessionData(
    long userId,
    String login,
    String email,
    String accessToken,
    long accessTokenExpiresAt,
    String refreshToken,
    long refreshTokenExpiresAt,
    long issuedAt,
    long expiresAt,
    String sessionId,
    long until) {

  // 1 had no session id and one cookie: such cookies are refused, the user signs in again.
  private static final int VERSION = 2;

  static SessionData of(
      String sessionId, UserIdentity user, UserToken token, Instant now, Instant expiresAt) {
    return new SessionData(
        user.id(),
        user.login(),
        user.email(),
        token.accessToken(),
        seconds(token.expiresAt()),
        token.refreshToken() == null ? "" : token.refreshToken(),
        seconds(token.refreshTokenExpiresAt()),
        now.toEpochMilli(),
        expiresAt.getEpochSecond(),
        sessionId,
        0);
  }

  /** The same session with a refreshed token; the id and issue time are kept. */
  SessionData withToken(UserToken token) {
    return new SessionData(
        userId,
        login,
        email,
        token.accessToken(),
        seconds(token.expiresAt()),
        token.refreshToken() == null ? "" : token.refreshToken(),
        seconds(token.refreshTokenExpiresAt()),
        issuedAt,
        expiresAt,
        sessionId,
        until);
  }

  /** The refresh cookie's content: everything, valid until {@code idleUntil}. */
  SessionData forRefresh(long idleUntil) {
    return new SessionData(
        userId,
        login,
        email,
        accessToken,
        accessTokenExpiresAt,
        refreshToken,
        refreshTokenExpiresAt,
        issuedAt,
        expiresAt,
        sessionId,
        Math.min(idleUntil, expiresAt));
  }

  /** The access cookie's content: no refresh token, valid until {@code accessUntil}. */
  SessionData forAccess(long accessUntil) {
    return new SessionData(
        userId,
        login,
        email,
        accessToken,
        accessTokenExpiresAt,
        "",
        0,
        issuedAt,
        expiresAt,
        sessionId,
        Math.min(accessUntil, expiresAt));
  }

  boolean hasRefreshToken() {
    return !refreshToken.isEmpty();
  }

  /** Whether the access token should be refreshed before use at {@code now}. */
  boolean tokenExpiresBy(Instant now) {
    return accessTokenExpiresAt != 0 && accessTokenExpiresAt <= now.getEpochSecond();
  }

  /** Whether the GitHub token is expired at {@code now} and no refresh token can renew it. */
  boolean tokenDeadAt(Instant now) {
    return tokenExpiresBy(now)
        && (!hasRefreshToken()
            || (refreshTokenExpiresAt != 0 && refreshTokenExpiresAt <= now.getEpochSecond()));
  }

  Optional<String> emailValue() {
    return email.isEmpty() ? Optional.empty() : Optional.of(email);
  }

  byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeLong(userId);
      out.writeUTF(login);
      out.writeUTF(email);
      out.writeUTF(accessToken);
      out.writeLong(accessTokenExpiresAt);
      out.writeUTF(refreshToken);
      out.writeLong(refreshTokenExpiresAt);
      out.writeLong(issuedAt);
      out.writeLong(expiresAt);
      out.writeUTF(sessionId);
      out.writeLong(until);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static Optional<SessionData> fromBytes(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readByte() != VERSION) {
        return Optional.empty();
      }
      return Optional.of(
          new SessionData(
              in.readLong(),
              in.readUTF(),
              in.readUTF(),
              in.readUTF(),
              in.readLong(),
              in.readUTF(),
              in.readLong(),
              in.readLong(),
              in.readLong(),
              in.readUTF(),
              in.readLong()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  static long seconds(Instant instant) {
    return instant == null ? 0 : instant.getEpochSecond();
  }

  @Override
  public String toString() {
    return "SessionData[userId=" + userId + ", login=" + login + "]";
  }
}
