package dev.botwright.internal.auth;

import dev.botwright.config.AppConfiguration;
import dev.botwright.internal.logging.Redaction;
import io.micronaut.core.annotation.Internal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.interfaces.RSAPrivateKey;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * Loads the app's RSA private key from {@code PRIVATE_KEY} (PEM text, PEM with escaped {@code \n}
 * as in {@code .env} files, or base64 of the PEM) or else from the file {@code PRIVATE_KEY_PATH}.
 * Like Probot, {@code PRIVATE_KEY} wins when both are set.
 */
@Internal
public final class PrivateKeys {

  static final String PRIVATE_KEY = "PRIVATE_KEY";
  static final String PRIVATE_KEY_PATH = "PRIVATE_KEY_PATH";
  private static final String BEGIN = "-----BEGIN";

  /** The whole message when {@code PRIVATE_KEY_PATH} holds a key instead of a path. */
  static final String KEY_IN_PATH =
      "PRIVATE_KEY_PATH holds what looks like a PEM key, not a path: put the key in PRIVATE_KEY"
          + " or its path in PRIVATE_KEY_PATH.";

  private PrivateKeys() {}

  /**
   * The configured key, for signing app JWTs and for start-up checks.
   *
   * @throws AuthenticationConfigurationException when no key is configured or it cannot be used;
   *     the message says which setting to fix and how
   */
  public static RSAPrivateKey load(AppConfiguration app) {
    if (app.getPrivateKey() != null) {
      return fromText(app.getPrivateKey());
    }
    if (app.getPrivateKeyPath() != null) {
      return fromFile(app.getPrivateKeyPath());
    }
    throw PemRsaKeys.fail(
        PRIVATE_KEY,
        "No private key is configured: set PRIVATE_KEY (botwright.app.private-key) to the PEM"
            + " text, or PRIVATE_KEY_PATH (botwright.app.private-key-path) to the .pem file"
            + " downloaded from the app's settings page.");
  }

  static RSAPrivateKey fromText(String value) {
    Redaction.register(value);
    String pem = normalize(value);
    Redaction.register(pem);
    if (!pem.contains(BEGIN) && pem.endsWith(".pem")) {
      throw PemRsaKeys.fail(
          PRIVATE_KEY,
          "PRIVATE_KEY looks like a file name (it ends in '.pem'): put the path in"
              + " PRIVATE_KEY_PATH instead, or the key's PEM text in PRIVATE_KEY.");
    }
    return PemRsaKeys.parse(pem, PRIVATE_KEY, PRIVATE_KEY);
  }

  static RSAPrivateKey fromFile(String value) {
    if (Redaction.looksLikeKeyMaterial(value)) {
      // Never echoed: a key pasted where its path belongs would land in the logs.
      Redaction.register(value);
      throw PemRsaKeys.fail(PRIVATE_KEY_PATH, KEY_IN_PATH);
    }
    Path path;
    try {
      path = Path.of(value).toAbsolutePath();
    } catch (InvalidPathException e) {
      throw PemRsaKeys.fail(
          PRIVATE_KEY_PATH,
          "PRIVATE_KEY_PATH " + Redaction.quote(value) + " is not a valid file path.");
    }
    String where = "PRIVATE_KEY_PATH file " + Redaction.quote(path.toString());
    if (!Files.exists(path)) {
      throw PemRsaKeys.fail(
          PRIVATE_KEY_PATH,
          where
              + " does not exist: point PRIVATE_KEY_PATH at the .pem file downloaded from the"
              + " app's settings page.");
    }
    if (Files.isDirectory(path)) {
      throw PemRsaKeys.fail(
          PRIVATE_KEY_PATH, where + " is a directory: point PRIVATE_KEY_PATH at the .pem file.");
    }
    String text;
    try {
      // ISO-8859-1 maps every byte, so a binary file gives a format error, not a charset one.
      text = Files.readString(path, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new AuthenticationConfigurationException(
          PRIVATE_KEY_PATH,
          where
              + " cannot be read ("
              + e.getClass().getSimpleName()
              + "): check that this"
              + " process may read it.",
          e);
    }
    String pem = normalize(text);
    Redaction.register(pem);
    return PemRsaKeys.parse(pem, where, PRIVATE_KEY_PATH);
  }

  /**
   * Undoes the ways keys get squeezed into one environment variable: escaped line breaks, base64,
   * and the quotes of a {@code .env} line passed on literally (as {@code docker run --env-file}
   * does).
   */
  static String normalize(String value) {
    String text = unquote(value.strip());
    if (text.contains("\\n")) {
      text = text.replace("\\r", "").replace("\\n", "\n");
    }
    if (!text.contains(BEGIN)) {
      String decoded = decodeBase64(text);
      if (decoded != null && decoded.contains(BEGIN)) {
        return decoded;
      }
    }
    return text;
  }

  private static String unquote(String text) {
    if (text.length() >= 2) {
      char first = text.charAt(0);
      if ((first == '"' || first == '\'') && text.charAt(text.length() - 1) == first) {
        return text.substring(1, text.length() - 1).strip();
      }
    }
    return text;
  }

  private static @Nullable String decodeBase64(String text) {
    try {
      // The MIME decoder accepts the line breaks that `base64` inserts every 76 characters.
      return new String(Base64.getMimeDecoder().decode(text), StandardCharsets.ISO_8859_1);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
