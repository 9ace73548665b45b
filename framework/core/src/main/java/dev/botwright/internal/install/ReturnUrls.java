package dev.botwright.internal.install;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Accepts only same-origin relative paths as return URLs, so an install link cannot send a user to
 * another site: {@code /repos?x=1} passes; {@code //evil.example}, {@code https://...}, {@code
 * /\evil.example}, {@code /%2F%2Fevil.example} and control characters do not. Encoded forms are
 * decoded and checked again, as some browsers and proxies decode before following.
 */
final class ReturnUrls {

  static final int MAX_LENGTH = 2048;
  private static final int DECODE_ROUNDS = 3;

  private ReturnUrls() {}

  /**
   * {@code returnTo} if it is a safe relative path, else an exception whose message says why.
   *
   * @throws IllegalArgumentException when it is not
   */
  static String check(String returnTo) {
    if (returnTo.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "return_to is longer than " + MAX_LENGTH + " characters: pass a shorter path.");
    }
    String form = returnTo;
    for (int round = 0; round <= DECODE_ROUNDS; round++) {
      // A decoded space is harmless; a raw one, or any decoded control character, is not.
      checkForm(form, round == 0 ? 0x21 : 0x20);
      String decoded;
      try {
        decoded = URLDecoder.decode(form.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw refused("it has a broken %-escape");
      }
      if (decoded.equals(form)) {
        break;
      }
      form = decoded;
    }
    try {
      URI uri = new URI(returnTo);
      if (uri.getScheme() != null || uri.getRawAuthority() != null) {
        throw refused("it names another site");
      }
    } catch (URISyntaxException e) {
      throw refused("it is not a valid URL path");
    }
    return returnTo;
  }

  private static void checkForm(String form, int lowestAllowed) {
    if (!form.startsWith("/")) {
      throw refused("it must start with a single '/'");
    }
    if (form.startsWith("//")) {
      throw refused("'//' starts a URL of another site");
    }
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      if (c == '\\') {
        throw refused("browsers read '\\' as '/'");
      }
      if (c < lowestAllowed || c == 0x7f) {
        throw refused("it contains a space or control character");
      }
    }
  }

  private static IllegalArgumentException refused(String why) {
    return new IllegalArgumentException(
        "return_to must be a path on this site, such as /installed, but " + why + ".");
  }
}
