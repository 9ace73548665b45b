package dev.botwright.spi;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/** The request and answer a {@link GitHubRequestHook} sees. */
public final class GitHubExchange {

  private GitHubExchange() {}

  /**
   * One attempt of a request to GitHub, without its credential: there is no {@code Authorization}
   * header, and none can be added.
   */
  public static final class Request {
    private final String method;
    private final String route;
    private final URI uri;
    private final Map<String, String> headers;
    private final byte @Nullable [] body;
    private final OptionalLong installationId;
    private final int attempt;

    /**
     * @param method the HTTP method, upper case
     * @param route the route template as written in the code, e.g. {@code
     *     /repos/{owner}/{repo}/issues}
     * @param uri the concrete URI
     * @param headers the headers to send, without {@code Authorization}
     * @param body the body, or {@code null}
     * @param installationId the installation the client acts for, if any
     * @param attempt 1 for the first attempt, 2 for the first retry...
     * @throws IllegalArgumentException when {@code headers} has an {@code Authorization}
     */
    public Request(
        String method,
        String route,
        URI uri,
        Map<String, String> headers,
        byte @Nullable [] body,
        OptionalLong installationId,
        int attempt) {
      headers.keySet().forEach(Request::checkName);
      this.method = method;
      this.route = route;
      this.uri = uri;
      this.headers = Map.copyOf(headers);
      this.body = body == null ? null : body.clone();
      this.installationId = installationId;
      this.attempt = attempt;
    }

    /** The HTTP method, upper case. */
    public String method() {
      return method;
    }

    /** The route template, e.g. {@code /repos/{owner}/{repo}/issues}. */
    public String route() {
      return route;
    }

    /** The concrete URI, on the configured GitHub host. */
    public URI uri() {
      return uri;
    }

    /** The headers to send, without {@code Authorization}. */
    public Map<String, String> headers() {
      return headers;
    }

    /** A copy of the body, empty when there is none. */
    public Optional<byte[]> body() {
      return Optional.ofNullable(body).map(byte[]::clone);
    }

    /** The installation the client acts for; empty for the app and user clients. */
    public OptionalLong installationId() {
      return installationId;
    }

    /** 1 for the first attempt, one more for each retry. */
    public int attempt() {
      return attempt;
    }

    /**
     * This attempt with a header set (over one of the same name, any case).
     *
     * @throws IllegalArgumentException for {@code Authorization}: the credential is not the hooks'
     */
    public Request withHeader(String name, String value) {
      checkName(name);
      Map<String, String> copy = new LinkedHashMap<>(headers);
      copy.keySet().removeIf(name::equalsIgnoreCase);
      copy.put(name, value);
      return new Request(method, route, uri, copy, body, installationId, attempt);
    }

    private static void checkName(String name) {
      if (name.toLowerCase(Locale.ROOT).equals("authorization")) {
        throw new IllegalArgumentException("A request hook cannot see or set Authorization");
      }
    }

    @Override
    public String toString() {
      return method + " " + route + " (" + uri.getRawPath() + ", attempt " + attempt + ")";
    }
  }

  /** An answer, GitHub's or a hook's own. */
  public static final class Response {
    private final int status;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    /**
     * @param status the HTTP status
     * @param headers the header values by lower-case name
     * @param body the body, empty when there is none
     */
    public Response(int status, Map<String, List<String>> headers, byte[] body) {
      this.status = status;
      this.headers = Map.copyOf(headers);
      this.body = body.clone();
    }

    /** The HTTP status. */
    public int status() {
      return status;
    }

    /** The header values by lower-case name. */
    public Map<String, List<String>> headers() {
      return headers;
    }

    /** A copy of the body, empty when there is none. */
    public byte[] body() {
      return body.clone();
    }

    /** The first value of a header, by lower-case name. */
    public Optional<String> header(String lowerCaseName) {
      List<String> values = headers.get(lowerCaseName);
      return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
  }
}
