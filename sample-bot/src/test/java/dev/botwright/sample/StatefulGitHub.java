package dev.botwright.sample;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.micronaut.json.tree.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A fake GitHub with state, at the HTTP level on loopback: it mints installation tokens (counting
 * mints per installation), keeps the comments created on each issue and lists them back with
 * pagination, counts comment effects per {@code X-GitHub-Delivery} id, and serves the app's hook
 * deliveries ({@link HookDeliveries}) to the reconciler, and answers that no repository has a
 * {@code .github/botwright.yml}. Every other route answers 404 and is remembered in {@link
 * #unknownCalls()}.
 */
final class StatefulGitHub implements AutoCloseable {

  static final String BOT_LOGIN = "botwright-sample-bot[bot]";

  private static final Pattern TOKEN = Pattern.compile("/app/installations/(\\d+)/access_tokens");
  private static final Pattern COMMENTS =
      Pattern.compile("/repos/([^/]+)/([^/]+)/issues/(\\d+)/comments");
  private static final Pattern CONFIG =
      Pattern.compile("/repos/[^/]+/[^/]+/contents/\\.github/botwright\\.yml");
  private static final Pattern ATTEMPTS = Pattern.compile("/app/hook/deliveries/(\\d+)/attempts");

  private final Map<Long, AtomicInteger> mints = new ConcurrentHashMap<>();
  private final Map<String, Long> tokens = new ConcurrentHashMap<>();
  private final Map<String, List<JsonNode>> commentsByIssue = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> commentsByDelivery = new ConcurrentHashMap<>();
  private final List<String> unknownCalls = new CopyOnWriteArrayList<>();
  private final AtomicLong ids = new AtomicLong(1000);
  private final HookDeliveries hookDeliveries = new HookDeliveries();
  private final WireMockServer server;
  private volatile int commentLatencyMillis;

  private StatefulGitHub() {
    server =
        new WireMockServer(
            options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .containerThreads(40)
                .disableRequestJournal()
                .extensions(new Routes()));
  }

  static StatefulGitHub start() {
    StatefulGitHub github = new StatefulGitHub();
    github.server.start();
    github.server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)));
    return github;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  /** Slows every comment POST by {@code millis}, so that work piles up behind the acks. */
  StatefulGitHub commentLatency(int millis) {
    this.commentLatencyMillis = millis;
    return this;
  }

  HookDeliveries hookDeliveries() {
    return hookDeliveries;
  }

  /** Fails naming every delivery that was greeted more than once. */
  void assertNoneGreetedTwice(List<LoadDriver.Delivery> deliveries) {
    Map<String, Integer> twice =
        deliveries.stream()
            .filter(d -> commentsFor(d.id()) > 1)
            .collect(Collectors.toMap(LoadDriver.Delivery::id, d -> commentsFor(d.id())));
    assertThat(twice).as("deliveries greeted more than once").isEmpty();
  }

  /** Fails unless each delivery's issue holds exactly the greetings made for that delivery. */
  void assertEachIssueHoldsOnlyItsGreeting(List<LoadDriver.Delivery> deliveries) {
    for (LoadDriver.Delivery d : deliveries) {
      assertThat(comments(LoadDriver.OWNER, LoadDriver.REPO, d.issue()))
          .as("greetings on issue %d", d.issue())
          .hasSize(commentsFor(d.id()));
    }
  }

  /** Tokens minted for {@code installation}. */
  int tokenMints(long installation) {
    AtomicInteger count = mints.get(installation);
    return count == null ? 0 : count.get();
  }

  /** Token mints per installation. */
  Map<Long, Integer> tokenMints() {
    Map<Long, Integer> copy = new HashMap<>();
    mints.forEach((installation, count) -> copy.put(installation, count.get()));
    return copy;
  }

  /** Comments created with {@code X-GitHub-Delivery: deliveryId}. */
  int commentsFor(String deliveryId) {
    AtomicInteger count = commentsByDelivery.get(deliveryId);
    return count == null ? 0 : count.get();
  }

  /** Comments on issue {@code number} of {@code owner/repo}. */
  List<JsonNode> comments(String owner, String repo, long number) {
    return List.copyOf(commentsByIssue.getOrDefault(issueKey(owner, repo, number), List.of()));
  }

  int totalComments() {
    return commentsByDelivery.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  /** {@code METHOD path} of every request no route answered. */
  List<String> unknownCalls() {
    return List.copyOf(unknownCalls);
  }

  @Override
  public void close() {
    hookDeliveries.close();
    server.stop();
  }

  private static String issueKey(String owner, String repo, long number) {
    return owner + "/" + repo + "#" + number;
  }

  private ResponseDefinition route(Request request) throws InterruptedException {
    String path = request.getUrl();
    int question = path.indexOf('?');
    Map<String, String> query = question < 0 ? Map.of() : query(path.substring(question + 1));
    path = question < 0 ? path : path.substring(0, question);
    String method = request.getMethod().getName();
    Matcher m;
    if (method.equals("POST") && (m = TOKEN.matcher(path)).matches()) {
      return mint(Long.parseLong(m.group(1)));
    }
    if ((m = COMMENTS.matcher(path)).matches()) {
      Long installation = installationOf(request);
      if (installation == null) {
        return json(401, Json.object("message", "Bad credentials"));
      }
      String issue = issueKey(m.group(1), m.group(2), Long.parseLong(m.group(3)));
      if (method.equals("POST")) {
        return createComment(issue, "/repos/" + m.group(1) + "/" + m.group(2), m.group(3), request);
      }
      if (method.equals("GET")) {
        return listComments(issue, path, query);
      }
    }
    if (method.equals("GET") && CONFIG.matcher(path).matches()) {
      // No repository here configures the sample bot: it greets with its built-in text.
      return json(404, Json.object("message", "Not Found"));
    }
    if (path.startsWith("/app/hook/deliveries")) {
      if (!request.getHeader("Authorization").startsWith("Bearer ")) {
        return json(401, Json.object("message", "A JSON web token could not be decoded"));
      }
      if (method.equals("GET") && path.equals("/app/hook/deliveries")) {
        return hookDeliveries.list(baseUrl(), query);
      }
      if (method.equals("POST") && (m = ATTEMPTS.matcher(path)).matches()) {
        return hookDeliveries.redeliver(Long.parseLong(m.group(1)));
      }
    }
    unknownCalls.add(method + " " + path);
    return json(404, Json.object("message", "Not Found"));
  }

  private ResponseDefinition mint(long installation) {
    int n = mints.computeIfAbsent(installation, i -> new AtomicInteger()).incrementAndGet();
    String token = "ghs_stateful_" + installation + "_" + n;
    tokens.put(token, installation);
    return json(
        201,
        Json.object(
            "token",
            token,
            "expires_at",
            Instant.now().plusSeconds(3600).toString(),
            "permissions",
            Json.object("issues", "write"),
            "repository_selection",
            "all"));
  }

  private @Nullable Long installationOf(Request request) {
    String authorization = request.getHeader("Authorization");
    if (authorization == null) {
      return null;
    }
    String token = authorization.replaceFirst("^(token|Bearer) ", "");
    return tokens.get(token);
  }

  private ResponseDefinition createComment(
      String issue, String repoPath, String number, Request request) throws InterruptedException {
    if (commentLatencyMillis > 0) {
      Thread.sleep(commentLatencyMillis);
    }
    JsonNode sent = Json.read(request.getBody());
    long id = ids.incrementAndGet();
    // GitHub's shape: the bot reads the answer as an IssueComment, which has these fields.
    String now = Instant.now().toString();
    JsonNode comment =
        Json.object(
            "id",
            id,
            "node_id",
            "IC_" + id,
            "url",
            baseUrl() + repoPath + "/issues/comments/" + id,
            "html_url",
            "https://github.com"
                + repoPath.substring(6)
                + "/issues/"
                + number
                + "#issuecomment-"
                + id,
            "issue_url",
            baseUrl() + repoPath + "/issues/" + number,
            "body",
            sent.get("body"),
            "user",
            Json.object("login", BOT_LOGIN, "id", 1, "type", "Bot"),
            "created_at",
            now,
            "updated_at",
            now);
    commentsByIssue.computeIfAbsent(issue, k -> new CopyOnWriteArrayList<>()).add(comment);
    String delivery = request.getHeader("X-GitHub-Delivery");
    commentsByDelivery
        .computeIfAbsent(delivery == null ? "(none)" : delivery, k -> new AtomicInteger())
        .incrementAndGet();
    return json(201, comment);
  }

  private ResponseDefinition listComments(String issue, String path, Map<String, String> query) {
    List<JsonNode> all = commentsByIssue.getOrDefault(issue, List.of());
    int perPage = Integer.parseInt(query.getOrDefault("per_page", "30"));
    int page = Integer.parseInt(query.getOrDefault("page", "1"));
    int from = Math.min(all.size(), (page - 1) * perPage);
    int to = Math.min(all.size(), from + perPage);
    ResponseDefinitionBuilder response =
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withBody(Json.write(Json.node(new ArrayList<Object>(all.subList(from, to)))));
    if (to < all.size()) {
      response.withHeader(
          "Link",
          "<"
              + baseUrl()
              + path
              + "?per_page="
              + perPage
              + "&page="
              + (page + 1)
              + ">; rel=\"next\"");
    }
    return response.build();
  }

  static ResponseDefinition json(int status, JsonNode body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(Json.write(body))
        .build();
  }

  private static Map<String, String> query(String query) {
    Map<String, String> params = new HashMap<>();
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        params.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return params;
  }

  /** Answers every request from the state above instead of from stubs. */
  private final class Routes implements ResponseDefinitionTransformerV2 {
    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
      try {
        return route(serveEvent.getRequest());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return json(500, Json.object("message", "interrupted"));
      } catch (RuntimeException e) {
        unknownCalls.add("failed: " + e);
        return json(500, Json.object("message", String.valueOf(e.getMessage())));
      }
    }

    @Override
    public String getName() {
      return "stateful-github";
    }
  }
}
