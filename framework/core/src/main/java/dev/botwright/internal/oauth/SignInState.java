package dev.botwright.internal.oauth;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** One pending sign-in, kept in the browser's encrypted state cookie. */
record SignInState(String state, String verifier, String returnTo, long issuedAtMillis) {

  byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(160);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(state);
      out.writeUTF(verifier);
      out.writeUTF(returnTo);
      out.writeLong(issuedAtMillis);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static Optional<SignInState> fromBytes(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      return Optional.of(new SignInState(in.readUTF(), in.readUTF(), in.readUTF(), in.readLong()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "SignInState[returnTo=" + returnTo + "]";
  }
}
