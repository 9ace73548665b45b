package dev.botwright.internal.oauth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** A browser's HTTP side: a real cookie jar, redirects not followed so each hop can be checked. */
final class Browser {

  final CookieManager jar = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http =
      HttpClient.newBuilder().cookieHandler(jar).followRedirects(HttpClient.Redirect.NEVER).build();

  HttpResponse<String> get(URI uri, String... headers) {
    return send(HttpRequest.newBuilder(uri).GET(), headers);
  }

  HttpResponse<String> post(URI uri, String... headers) {
    return send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()), headers);
  }

  HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Optional<String> cookie(String name) {
    List<HttpCookie> cookies = jar.getCookieStore().getCookies();
    return cookies.stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  /** The whole {@code Set-Cookie} header for {@code name}, with its attributes. */
  static Optional<String> setCookie(HttpResponse<?> response, String name) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "="))
        .findFirst();
  }

  /** A query parameter of {@code uri}, decoded. */
  static String query(URI uri, String name) {
    for (String pair : uri.getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      if (kv[0].equals(name)) {
        return java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("No " + name + " in " + uri);
  }
}
