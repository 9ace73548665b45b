package dev.botwright.oauth;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;

/**
 * What the session cookie holds. Times are epoch seconds, 0 for "none", except {@code issuedAt} in
 * epoch milliseconds (compared with the revocation list). Serialised compactly so the encrypted
 * cookie stays well below browsers' 4 KB limit.
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
    long expiresAt) {

  private static final int VERSION = 1;

  static SessionData of(UserIdentity user, UserToken token, Instant now, Instant expiresAt) {
    return new SessionData(
        user.id(),
        user.login(),
        user.email(),
        token.accessToken(),
        seconds(token.expiresAt()),
        token.refreshToken() == null ? "" : token.refreshToken(),
        seconds(token.refreshTokenExpiresAt()),
        now.toEpochMilli(),
        expiresAt.getEpochSecond());
  }

  /** The same session with a refreshed token; the issue time is kept for the revocation list. */
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
        expiresAt);
  }

  boolean hasRefreshToken() {
    return !refreshToken.isEmpty();
  }

  /** Whether the access token should be refreshed before use at {@code now}. */
  boolean tokenExpiresBy(Instant now) {
    return accessTokenExpiresAt != 0 && accessTokenExpiresAt <= now.getEpochSecond();
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
