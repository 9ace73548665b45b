package dev.botwright.internal.webhook;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The headers GitHub sends with a delivery, and which of them a {@code Delivery} keeps. */
final class WebhookHeaders {

  static final String EVENT = "X-GitHub-Event";
  static final String DELIVERY = "X-GitHub-Delivery";
  static final String SIGNATURE_256 = "X-Hub-Signature-256";
  static final String SIGNATURE_SHA1 = "X-Hub-Signature";

  static final String CONTENT_TYPE_ERROR =
      "Unsupported Content-Type: set the webhook's content type to application/json in the"
          + " GitHub App (or webhook) settings";

  /** Kept for handlers and listeners; the signature headers never are. */
  private static final List<String> KEPT =
      List.of(
          EVENT,
          DELIVERY,
          "X-GitHub-Hook-ID",
          "X-GitHub-Hook-Installation-Target-Type",
          "X-GitHub-Hook-Installation-Target-ID",
          HttpHeaders.USER_AGENT);

  private static final int LOGGED_ID_LENGTH = 64;

  private WebhookHeaders() {}

  static boolean isJson(@Nullable MediaType type) {
    if (type == null || !"application".equalsIgnoreCase(type.getType())) {
      return false;
    }
    String subtype = type.getSubtype().toLowerCase(java.util.Locale.ROOT);
    return subtype.equals("json") || subtype.endsWith("+json");
  }

  static Map<String, String> kept(HttpHeaders headers) {
    Map<String, String> kept = new LinkedHashMap<>();
    for (String name : KEPT) {
      String value = headers.get(name);
      if (value != null) {
        kept.put(name, value);
      }
    }
    return Map.copyOf(kept);
  }

  /** A header value safe to log before the request is verified: short, printable. */
  static String loggable(@Nullable String value) {
    if (value == null) {
      return "(none)";
    }
    String cut = value.length() > LOGGED_ID_LENGTH ? value.substring(0, LOGGED_ID_LENGTH) : value;
    return cut.replaceAll("[^\\x20-\\x7E]", "?");
  }
}
