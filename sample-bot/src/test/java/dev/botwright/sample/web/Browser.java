package dev.botwright.sample.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A tiny browser for the HTTP tests: keeps cookies by name, follows redirects by hand. */
final class Browser {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  final Map<String, String> cookies = new LinkedHashMap<>();

  /** GETs {@code uri} and follows up to 5 redirects. */
  HttpResponse<String> open(URI uri) {
    URI next = uri;
    HttpResponse<String> response = send(HttpRequest.newBuilder(next).GET());
    for (int redirects = 0; redirects < 5; redirects++) {
      String location = response.headers().firstValue("Location").orElse(null);
      if (response.statusCode() / 100 != 3 || location == null) {
        break;
      }
      next = next.resolve(location);
      response = send(HttpRequest.newBuilder(next).GET());
    }
    return response;
  }

  /** One GET, redirects not followed. */
  HttpResponse<String> fetch(URI uri) {
    return send(HttpRequest.newBuilder(uri).GET());
  }

  HttpResponse<String> post(URI uri) {
    return send(
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.noBody()));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; ")));
    }
    request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      for (String header : response.headers().allValues("Set-Cookie")) {
        String pair = header.split(";", 2)[0];
        String name = pair.substring(0, pair.indexOf('='));
        String value = pair.substring(pair.indexOf('=') + 1);
        if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
          cookies.remove(name);
        } else {
          cookies.put(name, value);
        }
      }
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
