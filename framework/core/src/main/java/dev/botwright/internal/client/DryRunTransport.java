package dev.botwright.internal.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@link DryRun}'s transport: prints writes, answers reads from stubs or empty, and sends
 * nothing. An empty answer is {@code {}} marked with a header, so that typed reads of it give null
 * and list reads an empty list rather than a binding error. An unstubbed read of a file's contents
 * is 404, as for a repository without the file: a configuration read then finds no file and uses
 * its defaults.
 */
final class DryRunTransport implements Transport {

  private static final String EMPTY_HEADER = "x-botwright-dry-run";
  private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);
  private static final byte[] NO_FILE =
      "{\"message\":\"Not Found (dry run: no --stub for this route)\"}"
          .getBytes(StandardCharsets.UTF_8);

  private final DryRun dryRun;
  private final String basePath;

  DryRunTransport(DryRun dryRun, URI restBase) {
    this.dryRun = dryRun;
    String path = restBase.getRawPath() == null ? "" : restBase.getRawPath();
    this.basePath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /** The empty answer: {@code {}} marked as such. */
  static HttpExchange emptyAnswer() {
    return new HttpExchange(200, Map.of(EMPTY_HEADER, List.of("empty")), EMPTY_OBJECT);
  }

  /** Whether {@code answer} is the dry run's empty answer (no stub matched). */
  static boolean isEmptyAnswer(HttpExchange answer) {
    return answer.header(EMPTY_HEADER).isPresent();
  }

  @Override
  public HttpExchange send(
      String method, URI uri, Map<String, String> headers, byte @Nullable [] body) {
    throw new IllegalStateException("A dry run answers by route; " + method + " " + uri);
  }

  @Override
  public HttpExchange send(
      Route route, URI uri, Map<String, String> headers, byte @Nullable [] body) {
    if (route.isWrite()) {
      String line = route + " " + path(uri);
      dryRun.print(body == null ? line : line + " " + new String(body, StandardCharsets.UTF_8));
    }
    return dryRun
        .stub(route)
        .map(stub -> new HttpExchange(200, Map.of(), stub))
        .orElseGet(() -> empty(route));
  }

  private static HttpExchange empty(Route route) {
    if (!route.isWrite() && route.template().contains("/contents/")) {
      return new HttpExchange(404, Map.of(), NO_FILE);
    }
    return emptyAnswer();
  }

  /** The concrete path (and query) below the API base, as in the route template. */
  private String path(URI uri) {
    String path = uri.getRawPath();
    if (!basePath.isEmpty() && path.startsWith(basePath + "/")) {
      path = path.substring(basePath.length());
    }
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }

  @Override
  public void close() {}
}
