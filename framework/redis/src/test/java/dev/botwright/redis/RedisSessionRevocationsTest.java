package dev.botwright.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.botwright.oauth.UserSessions;
import dev.botwright.spi.SessionRevocations;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two processes of one bot share the revocation list through Redis: a user signs out on one, and a
 * copy of their session cookies is refused by the other.
 */
class RedisSessionRevocationsTest {

  private static final String SESSION_KEY = "bm9HbzBJc0FUZXN0S2V5VGhhdElzMzJCeXRlc0xvbmc=";
  private static final String TOKEN = "ghu_redisSessionUser";

  private static RedisServer redis;
  private static HttpServer github;
  private static EmbeddedServer first;
  private static EmbeddedServer second;
  private static final List<String> deleted = new CopyOnWriteArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    redis = RedisServer.start();
    github = fakeGitHub();
    first = bot();
    second = bot();
  }

  @AfterAll
  static void stop() {
    for (EmbeddedServer server : new EmbeddedServer[] {first, second}) {
      if (server != null) {
        server.getApplicationContext().close();
      }
    }
    if (github != null) {
      github.stop(0);
    }
    if (redis != null) {
      redis.close();
    }
  }

  @Test
  void aCookieSignedOutOnOneProcessIsRefusedByAnother() throws Exception {
    assertThat(first.getApplicationContext().getBean(SessionRevocations.class))
        .isInstanceOf(RedisSessionRevocations.class);
    HttpResponse<String> signIn = get(first, "/redis-session/sign-in?code=good", null);
    assertThat(signIn.body()).isEqualTo("octocat");
    String cookies =
        signIn.headers().allValues("Set-Cookie").stream()
            .map(c -> c.substring(0, c.indexOf(';')))
            .collect(Collectors.joining("; "));
    assertThat(cookies).contains("botwright_session=").contains("botwright_session_refresh=");
    assertThat(get(second, "/redis-session/me", cookies).body()).isEqualTo("octocat");

    HttpResponse<String> logout =
        http.send(
            java.net.http.HttpRequest.newBuilder(first.getURI().resolve("/api/github/oauth/logout"))
                .header("Cookie", cookies)
                .header("Accept", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(logout.statusCode()).isEqualTo(204);
    assertThat(get(second, "/redis-session/me", cookies).body()).isEqualTo("anonymous");
    assertThat(get(first, "/redis-session/me", cookies).body()).isEqualTo("anonymous");
    assertThat(deleted).containsExactly("{\"access_token\":\"" + TOKEN + "\"}");
  }

  @Test
  void aUserRevokedOnOneProcessIsRefusedByAnotherUntilTheEntryExpires() {
    SessionRevocations one = first.getApplicationContext().getBean(SessionRevocations.class);
    SessionRevocations other = second.getApplicationContext().getBean(SessionRevocations.class);
    java.time.Instant now = java.time.Instant.now();

    one.revokeUser(77, now, now.plusSeconds(60));
    one.revokeUser(77, now.minusSeconds(30), now.plusSeconds(10));

    assertThat(other.isRevoked("any", 77, now)).isTrue();
    assertThat(other.isRevoked("any", 77, now.plusMillis(1))).isFalse();
    assertThat(other.isRevoked("any", 78, now)).isFalse();
    long ttl =
        first
            .getApplicationContext()
            .getBean(Redis.class)
            .call(
                "read a ttl",
                c ->
                    c.pttl(
                        first.getApplicationContext().getBean(Redis.class).key("revoked-user:77")));
    assertThat(ttl).isBetween(10_001L, 60_000L);
  }

  private HttpResponse<String> get(EmbeddedServer server, String path, String cookies)
      throws Exception {
    java.net.http.HttpRequest.Builder request =
        java.net.http.HttpRequest.newBuilder(server.getURI().resolve(path));
    if (cookies != null) {
      request.header("Cookie", cookies);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static EmbeddedServer bot() {
    String url = "http://127.0.0.1:" + github.getAddress().getPort();
    Map<String, Object> properties = new HashMap<>();
    properties.put("spec.name", "RedisSessionRevocationsTest");
    properties.put("botwright.redis.url", redis.url());
    properties.put("botwright.redis.token-encryption-key", Connect.KEY);
    properties.put("botwright.oauth.enabled", "true");
    properties.put("botwright.oauth.secure", "false");
    properties.put("botwright.oauth.session-keys", SESSION_KEY);
    properties.put("botwright.app.client-id", "Iv1.redis");
    properties.put("botwright.app.client-secret", "redis-client-secret");
    properties.put("botwright.github.api-url", url);
    properties.put("botwright.github.web-url", url);
    return ApplicationContext.run(EmbeddedServer.class, properties, "test");
  }

  /** GitHub's sign-in side: one code, one user, and the token deletion logout asks for. */
  private static HttpServer fakeGitHub() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/login/oauth/access_token",
        exchange ->
            answer(
                exchange,
                200,
                "{\"access_token\":\""
                    + TOKEN
                    + "\",\"expires_in\":28800,\"refresh_token\":\"ghr_redis\","
                    + "\"refresh_token_expires_in\":15811200}"));
    server.createContext("/user/emails", exchange -> answer(exchange, 200, emails()));
    server.createContext(
        "/user", exchange -> answer(exchange, 200, "{\"login\":\"octocat\",\"id\":5}"));
    server.createContext(
        "/applications/Iv1.redis/token",
        exchange -> {
          if (exchange.getRequestMethod().equals("DELETE")) {
            deleted.add(
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          }
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.start();
    return server;
  }

  private static String emails() {
    return "[{\"email\":\"octocat@github.com\",\"primary\":true,\"verified\":true}]";
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  /** A bot's own pages: sign in with a code (as a setup callback would), and who is signed in. */
  @Controller("/redis-session")
  @Requires(property = "spec.name", value = "RedisSessionRevocationsTest")
  @ExecuteOn(TaskExecutors.BLOCKING)
  static class Pages {

    private final UserSessions sessions;

    Pages(UserSessions sessions) {
      this.sessions = sessions;
    }

    @Get(uri = "/sign-in", produces = "text/plain")
    String signIn(HttpRequest<?> request, @QueryValue String code) {
      return sessions.signIn(request, code).login();
    }

    @Get(uri = "/me", produces = "text/plain")
    String me(HttpRequest<?> request) {
      return sessions.current(request).map(s -> s.login()).orElse("anonymous");
    }
  }
}
