// FakeGitHub.java: a fake GitHub REST API that costs little CPU, for bench/run-ceiling.sh.
// Run with the source launcher (no build): java bench/FakeGitHub.java [port] [max-seconds].
// Binds 127.0.0.1 only and exits by itself after max-seconds (default 900). It checks no JWT
// signature or expiry (that is fake-github.mjs's job), only the shape of the request and of its
// Authorization header, so that a bot's failed call (a 4xx) is never
// counted as a comment. Paths may carry GitHub Enterprise's /api/v3 prefix (Probot, which
// reads GHE_HOST/GHE_PROTOCOL, sends them that way).
//   POST [/api/v3]/app/installations/{id}/access_tokens  (Bearer <JWT>)  -> 201 token, 1 h
//   POST [/api/v3]/repos/{o}/{r}/issues/{n}/comments (token|Bearer ghs_fake...) -> 201 comment
//   GET [/api/v3]/app/hook/deliveries (Bearer <JWT>) -> 200 [] (Botwright's reconciler asks)
//   a known path with a missing or wrong Authorization -> 401, counted as "unauthorized"
//   anything else -> 404, counted as "other"
//   GET /stats -> {"comments":n,"mints":n,"unauthorized":n,"other":n}
//   POST /stats/reset -> zeroes them
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

public class FakeGitHub {
  static final AtomicLong COMMENTS = new AtomicLong();
  static final AtomicLong MINTS = new AtomicLong();
  static final AtomicLong OTHER = new AtomicLong();
  static final AtomicLong UNAUTHORIZED = new AtomicLong();
  static final Pattern MINT = Pattern.compile("(/api/v3)?/app/installations/\\d+/access_tokens");
  static final Pattern HOOK_DELIVERIES = Pattern.compile("(/api/v3)?/app/hook/deliveries");
  static final Pattern COMMENT_PATH =
      Pattern.compile("(/api/v3)?/repos/[^/]+/[^/]+/issues/\\d+/comments");
  // an RS256 JWT: three base64url parts
  static final Pattern JWT = Pattern.compile("(?i)bearer [\\w-]+\\.[\\w-]+\\.[\\w-]+");
  static final Pattern TOKEN = Pattern.compile("(?i)(token|bearer) ghs_fake\\d+");
  // The comment answer: the file named by the third argument (run-ceiling.sh writes it from the
  // shape GitHub's REST description gives the answer, so typed handlers can read it), else a stub.
  static byte[] COMMENT =
      "{\"id\":1,\"html_url\":\"http://127.0.0.1/c/1\",\"body\":\"ok\",\"user\":{\"login\":\"bot[bot]\",\"type\":\"Bot\"}}"
          .getBytes(StandardCharsets.UTF_8);

  static final byte[] UNAUTHORIZED_BODY =
      "{\"message\":\"Bad credentials\"}".getBytes(StandardCharsets.UTF_8);

  static int unauthorized() {
    UNAUTHORIZED.incrementAndGet();
    return 401;
  }

  public static void main(String[] args) throws IOException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 3002;
    long maxSeconds = args.length > 1 ? Long.parseLong(args[1]) : 900;
    if (args.length > 2) {
      COMMENT = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(args[2]));
    }
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
    server.createContext("/", FakeGitHub::handle);
    server.setExecutor(Executors.newFixedThreadPool(2));
    server.start();
    Thread stopper = new Thread(() -> {
      try {
        Thread.sleep(maxSeconds * 1000);
      } catch (InterruptedException e) {
        return;
      }
      System.exit(0);
    });
    stopper.setDaemon(true);
    stopper.start();
    System.err.println("FakeGitHub on 127.0.0.1:" + port + " for at most " + maxSeconds + " s");
  }

  static void handle(HttpExchange ex) throws IOException {
    try (InputStream in = ex.getRequestBody()) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    String path = ex.getRequestURI().getPath();
    String method = ex.getRequestMethod();
    byte[] body;
    int status = 201;
    String auth = ex.getRequestHeaders().getFirst("Authorization");
    boolean post = method.equals("POST");
    if (post && COMMENT_PATH.matcher(path).matches()) {
      if (auth != null && TOKEN.matcher(auth).matches()) {
        COMMENTS.incrementAndGet();
        body = COMMENT;
      } else {
        status = unauthorized();
        body = UNAUTHORIZED_BODY;
      }
    } else if (post && MINT.matcher(path).matches()) {
      if (auth != null && JWT.matcher(auth).matches()) {
        long n = MINTS.incrementAndGet();
        body = ("{\"token\":\"ghs_fake" + n + "\",\"expires_at\":\"" + Instant.now().plusSeconds(3600)
                + "\",\"permissions\":{},\"repository_selection\":\"all\"}")
            .getBytes(StandardCharsets.UTF_8);
      } else {
        status = unauthorized();
        body = UNAUTHORIZED_BODY;
      }
    } else if (method.equals("GET") && HOOK_DELIVERIES.matcher(path).matches()) {
      status = 200;
      if (auth != null && JWT.matcher(auth).matches()) {
        body = "[]".getBytes(StandardCharsets.UTF_8);
      } else {
        status = unauthorized();
        body = UNAUTHORIZED_BODY;
      }
    } else if (path.equals("/stats") && method.equals("GET")) {
      status = 200;
      body = ("{\"comments\":" + COMMENTS.get() + ",\"mints\":" + MINTS.get()
              + ",\"unauthorized\":" + UNAUTHORIZED.get() + ",\"other\":" + OTHER.get() + "}")
          .getBytes(StandardCharsets.UTF_8);
    } else if (path.equals("/stats/reset") && method.equals("POST")) {
      COMMENTS.set(0);
      MINTS.set(0);
      OTHER.set(0);
      UNAUTHORIZED.set(0);
      status = 200;
      body = "{}".getBytes(StandardCharsets.UTF_8);
    } else {
      OTHER.incrementAndGet();
      status = 404;
      body = "{\"message\":\"Not Found\"}".getBytes(StandardCharsets.UTF_8);
    }
    ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    ex.sendResponseHeaders(status, body.length);
    ex.getResponseBody().write(body);
    ex.close();
  }
}
