package dev.botwright.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The payloads the benchmarks feed to the framework, and their webhook signatures. */
public final class Payloads {

  /** The webhook secret every benchmark signs with. */
  public static final String SECRET = "benchmark-webhook-secret";

  private Payloads() {}

  /** A real {@code issues.opened} delivery body, 9,781 bytes of compact JSON as GitHub sends it. */
  public static byte[] issuesOpened() {
    return resource("issues.opened");
  }

  /**
   * The real payload of {@code eventKey} in the benchmark jar: {@code issues.opened} (above) or
   * {@code pull_request.opened}, 24,261 bytes of compact JSON, an organization's pull request as an
   * app receives it ({@code @octokit/webhooks-examples} 7.6.1, {@code pull_request.opened.4.json},
   * MIT).
   */
  public static byte[] resource(String eventKey) {
    String name = "/payloads/" + eventKey + ".json";
    try (InputStream in = Payloads.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the benchmark jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The {@code issues.opened} payload grown to exactly {@code size} bytes by giving the issue a
   * long body, as a big pasted log would: still one valid JSON object, so the scanner reads all of
   * it.
   */
  public static byte[] issuesOpenedOfSize(int size) {
    byte[] payload = issuesOpened();
    String json = new String(payload, StandardCharsets.UTF_8);
    String empty = "\"body\":null";
    int at = json.indexOf(empty);
    int padding = size - (payload.length - empty.length() + "\"body\":\"\"".length());
    if (at < 0 || padding < 0) {
      throw new IllegalStateException(
          "Cannot grow the issues.opened payload to " + size + " bytes");
    }
    String grown =
        json.substring(0, at)
            + "\"body\":\""
            + "x".repeat(padding)
            + "\""
            + json.substring(at + empty.length());
    return grown.getBytes(StandardCharsets.UTF_8);
  }

  /** The {@code X-Hub-Signature-256} header GitHub would send for {@code body}. */
  public static String signature(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("This JVM cannot compute HmacSHA256", e);
    }
  }

  /** Parses a size such as {@code 10KB} or {@code 5MB} into bytes. */
  public static int bytes(String size) {
    if (size.endsWith("MB")) {
      return Integer.parseInt(size.substring(0, size.length() - 2)) * 1024 * 1024;
    }
    if (size.endsWith("KB")) {
      return Integer.parseInt(size.substring(0, size.length() - 2)) * 1024;
    }
    return Integer.parseInt(size);
  }
}
