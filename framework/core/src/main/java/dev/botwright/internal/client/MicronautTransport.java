package dev.botwright.internal.client;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@link Transport} on Micronaut's HTTP client for the configured base URL, created at the first
 * request rather than with the bean: building the client (its TLS context above all) took about 130
 * ms of every start even when no request follows soon, e.g. for the reconciler's schedule.
 */
final class MicronautTransport implements Transport {

  private static final int MAX_CONTENT_LENGTH = 100 * 1024 * 1024;

  private final URI baseUrl;
  private final DefaultHttpClientConfiguration configuration;
  private @Nullable HttpClient client;
  private volatile @Nullable BlockingHttpClient blocking;
  private boolean closed;

  MicronautTransport(URI baseUrl, Duration requestTimeout) {
    try {
      baseUrl.toURL();
    } catch (MalformedURLException | IllegalArgumentException e) {
      throw invalid(baseUrl, e);
    }
    this.baseUrl = baseUrl;
    this.configuration = new DefaultHttpClientConfiguration();
    // A redirect could carry the Authorization header elsewhere; callers see 3xx instead.
    configuration.setFollowRedirects(false);
    configuration.setReadTimeout(requestTimeout);
    configuration.setMaxContentLength(MAX_CONTENT_LENGTH);
  }

  private static IllegalArgumentException invalid(URI baseUrl, Exception cause) {
    return new IllegalArgumentException(
        "The GitHub API URL '" + baseUrl + "' is not a valid URL; check botwright.github", cause);
  }

  private BlockingHttpClient blocking() {
    BlockingHttpClient ready = blocking;
    return ready != null ? ready : create();
  }

  private synchronized BlockingHttpClient create() {
    if (blocking == null) {
      if (closed) {
        throw new TransportException(
            "the GitHub client is closed (the bot is stopping)", null, false);
      }
      try {
        client = HttpClient.create(baseUrl.toURL(), configuration);
      } catch (MalformedURLException | IllegalArgumentException e) {
        throw invalid(baseUrl, e);
      }
      blocking = client.toBlocking();
    }
    return blocking;
  }

  @Override
  public HttpExchange send(
      String method, URI uri, Map<String, String> headers, byte @Nullable [] body) {
    MutableHttpRequest<Object> request =
        HttpRequest.create(HttpMethod.parse(method), uri.toString());
    headers.forEach(request::header);
    if (body != null) {
      request.body(body);
    }
    try {
      return toExchange(
          blocking().exchange(request, Argument.of(byte[].class), Argument.of(byte[].class)));
    } catch (HttpClientResponseException e) {
      return toExchange(e.getResponse());
    } catch (ReadTimeoutException e) {
      throw new TransportException("no answer within the request timeout", e, true);
    } catch (HttpClientException e) {
      throw new TransportException(e.getClass().getSimpleName() + ": " + e.getMessage(), e, false);
    }
  }

  private static HttpExchange toExchange(HttpResponse<?> response) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    response
        .getHeaders()
        .forEach(
            (name, values) ->
                headers
                    .computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .addAll(values));
    byte[] body = response.getBody(byte[].class).orElse(new byte[0]);
    return new HttpExchange(response.code(), headers, body);
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (client != null) {
      client.close();
    }
  }
}
