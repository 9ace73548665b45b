package dev.botwright.internal.oauth;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Where to send the browser after sign-in: a same-origin relative path, else {@code /}. */
final class ReturnTo {

  private ReturnTo() {}

  static String safe(String candidate) {
    if (candidate == null || candidate.isEmpty() || candidate.length() > 2000) {
      return "/";
    }
    String check = candidate;
    // Browsers and proxies may decode once or twice more: every form must stay a local path.
    for (int i = 0; i < 3; i++) {
      if (!local(check)) {
        return "/";
      }
      try {
        check = URLDecoder.decode(check.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return "/";
      }
    }
    try {
      URI uri = new URI(candidate);
      return uri.getScheme() == null && uri.getRawAuthority() == null ? candidate : "/";
    } catch (java.net.URISyntaxException e) {
      return "/";
    }
  }

  private static boolean local(String path) {
    if (!path.startsWith("/") || path.startsWith("//")) {
      return false;
    }
    for (char c : path.toCharArray()) {
      if (c == '\\' || c < 0x20 || c == 0x7f) {
        return false;
      }
    }
    return true;
  }
}
