package dev.botwright.internal.setup;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The setup import form takes a PEM of a few kilobytes: a 2 MB body, announced or chunked, is
 * refused with 413 (it used to be buffered up to 26 MB, on any route), and a normal import form
 * still gets through to the page's own checks.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SetupImportSizeTest implements TestPropertyProvider {

  private static final int TWO_MB = 2 * 1024 * 1024;

  private final FakeGitHubApps github = new FakeGitHubApps();

  @Inject EmbeddedServer server;
  @Inject SetupMode mode;

  @Override
  public Map<String, String> getProperties() {
    try {
      Path dir = Files.createTempDirectory("setup-import-size");
      return SetupProperties.unconfigured(github, dir.resolve("credentials.env"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aTwoMegabyteImportWithContentLengthIsRefusedWith413() {
    HttpResponse<String> refused = SetupHttp.send(importRequest(key(TWO_MB), false));

    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(refused.body())
        .startsWith("{\"error\":\"The request body is ")
        .endsWith(
            " bytes; this route accepts at most 1048576 bytes"
                + " (botwright.http.max-request-bytes)\"}");
    assertThat(mode.isWaiting()).isTrue();
  }

  @Test
  void aTwoMegabyteChunkedImportIsRefusedWith413() {
    HttpResponse<String> refused = SetupHttp.send(importRequest(key(TWO_MB), true));

    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(mode.isWaiting()).isTrue();
  }

  @Test
  void anImportOfNormalSizeReachesTheForm() {
    HttpResponse<String> checked = SetupHttp.send(importRequest(key(64 * 1024), false));

    // No CSRF token: the form's own check answers, so the body was read.
    assertThat(checked.statusCode()).isEqualTo(403);
    assertThat(checked.body()).contains("out of date or was not sent from this browser");
  }

  private HttpRequest importRequest(byte[] key, boolean chunked) {
    String boundary = "----botwright" + System.nanoTime();
    byte[] body = importForm(boundary, key);
    return HttpRequest.newBuilder(uri("/setup/import"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(
            chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
  }

  /** The import form without a CSRF token, with a PEM-looking key part of {@code keySize} bytes. */
  private static byte[] importForm(String boundary, byte[] key) {
    String fields =
        Map.of("csrf", "none", "app_id", "42", "webhook_secret", "secret").entrySet().stream()
            .map(
                field ->
                    "--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + field.getKey()
                        + "\"\r\n\r\n"
                        + field.getValue()
                        + "\r\n")
            .collect(Collectors.joining());
    String keyHead =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"private_key\"; filename=\"key.pem\""
            + "\r\nContent-Type: application/x-pem-file\r\n\r\n";
    String tail = "\r\n--" + boundary + "--\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes((fields + keyHead).getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(key);
    out.writeBytes(tail.getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  /** A PEM-looking key of {@code size} bytes. */
  private static byte[] key(int size) {
    byte[] key = new byte[size];
    Arrays.fill(key, (byte) 'A');
    byte[] head = "-----BEGIN RSA PRIVATE KEY-----\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(head, 0, key, 0, head.length);
    return key;
  }

  private URI uri(String path) {
    return server.getURI().resolve(path);
  }
}
