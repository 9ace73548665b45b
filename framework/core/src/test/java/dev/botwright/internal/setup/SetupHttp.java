package dev.botwright.internal.setup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain HTTP calls for the tests of Botwright's own pages (setup, installation): no redirects
 * followed, cookies passed by hand.
 */
public final class SetupHttp {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private SetupHttp() {}

  public static HttpResponse<String> get(URI uri, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.build());
  }

  public static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * A request over a plain socket to 127.0.0.1, with a {@code Host} header of our choosing
   * (java.net.http refuses to send one), as a page on a rebound domain or a tunnel sends it.
   * Returns the whole response: status line, headers and body.
   */
  public static String raw(int port, String method, String path, String host, String... headers) {
    return send(port, method, path, host, "", headers);
  }

  /** {@link #raw(int, String, String, String, String...)} with an ISO-8859-1 body. */
  public static String rawPost(int port, String path, String host, String body, String... headers) {
    return send(port, "POST", path, host, body, headers);
  }

  private static String send(
      int port, String method, String path, String host, String body, String... headers) {
    StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
    request.append("Host: ").append(host).append("\r\n");
    for (int i = 0; i < headers.length; i += 2) {
      request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    byte[] bytes = body.getBytes(StandardCharsets.ISO_8859_1);
    request.append("Content-Length: ").append(bytes.length);
    request.append("\r\nConnection: close\r\n\r\n");
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().write(bytes);
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The value the response sets for cookie {@code name}, e.g. for a {@code Cookie} header. */
  public static String cookie(HttpResponse<?> response, String name) {
    return setCookie(response, name).split(";", 2)[0].substring(name.length() + 1);
  }

  /** The whole {@code Set-Cookie} header for {@code name}, with its attributes. */
  public static String setCookie(HttpResponse<?> response, String name) {
    List<String> all = response.headers().allValues("Set-Cookie");
    return all.stream()
        .filter(c -> c.startsWith(name + "="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No " + name + " cookie in " + all));
  }

  /** The unescaped value of the first {@code name="value"} attribute in {@code html}. */
  static String attribute(String html, String name) {
    Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(html);
    if (!m.find()) {
      throw new AssertionError("No " + name + " attribute in " + html);
    }
    return unescape(m.group(1));
  }

  /** The value of the hidden input {@code name}. */
  public static String hidden(String html, String name) {
    Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
    if (!m.find()) {
      throw new AssertionError("No hidden " + name + " in " + html);
    }
    return unescape(m.group(1));
  }

  public static String unescape(String html) {
    return html.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  /** A multipart/form-data body; a value of type byte[] is sent as a file part. */
  static HttpRequest.BodyPublisher multipart(String boundary, Map<String, Object> parts) {
    return HttpRequest.BodyPublishers.ofString(
        multipartText(boundary, parts), StandardCharsets.ISO_8859_1);
  }

  /** The multipart/form-data body as ISO-8859-1 text. */
  static String multipartText(String boundary, Map<String, Object> parts) {
    StringBuilder text = new StringBuilder();
    parts.forEach(
        (name, value) -> {
          text.append("--").append(boundary).append("\r\n");
          if (value instanceof byte[] bytes) {
            text.append("Content-Disposition: form-data; name=\"")
                .append(name)
                .append("\"; filename=\"key.pem\"\r\nContent-Type: application/x-pem-file\r\n\r\n")
                .append(new String(bytes, StandardCharsets.ISO_8859_1));
          } else {
            text.append("Content-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value);
          }
          text.append("\r\n");
        });
    text.append("--").append(boundary).append("--\r\n");
    return text.toString();
  }
}
