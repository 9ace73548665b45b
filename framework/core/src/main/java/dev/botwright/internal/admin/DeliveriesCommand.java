package dev.botwright.internal.admin;

import dev.botwright.internal.launch.LaunchCommand;
import io.micronaut.core.annotation.Internal;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code deliveries} command line: {@code list [--state S] [--limit N]}, {@code show <id>} and
 * {@code replay <id>}, each one request to the running bot's admin API. It starts no Micronaut
 * context, so it answers in a blink; the token comes from {@code BOTWRIGHT_ADMIN_TOKEN}.
 */
@Internal
public final class DeliveriesCommand {

  /** The first argument that selects this command. */
  public static final String NAME = "deliveries";

  static final String USAGE =
      """
      Usage: deliveries list [--state STATE] [--limit N]
             deliveries show <id>
             deliveries replay <id>
      Options: --url URL  the bot's base URL (default http://127.0.0.1:$PORT, PORT default 3000)
      Environment: BOTWRIGHT_ADMIN_TOKEN (required), BOTWRIGHT_ADMIN_PATH (default \
      /botwright/admin)
      States: received, running, done, failed, dead (default dead)""";

  private final Map<String, String> env;
  private final PrintStream out;
  private final PrintStream err;

  private DeliveriesCommand(Map<String, String> env, PrintStream out, PrintStream err) {
    this.env = env;
    this.out = out;
    this.err = err;
  }

  /** Whether {@code args} ask for this command rather than for starting the bot. */
  public static boolean matches(String... args) {
    return args != null && args.length > 0 && NAME.equals(args[0]);
  }

  /**
   * Runs the command {@code args} (starting with {@code "deliveries"}) and returns the exit status:
   * 0 on success, 1 when the bot refused or failed, 2 for a usage mistake.
   */
  public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    return new DeliveriesCommand(env, out, err).run(List.of(args).subList(1, args.length));
  }

  private int run(List<String> args) {
    CommandLine line;
    try {
      line = CommandLine.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      return 2;
    }
    if (line.help()) {
      out.println(USAGE);
      return 0;
    }
    String token = env.get("BOTWRIGHT_ADMIN_TOKEN");
    if (token == null || token.isBlank()) {
      err.println(
          "BOTWRIGHT_ADMIN_TOKEN is not set: set it to the bot's admin token"
              + " (botwright.admin.token) to use the deliveries command.");
      return 2;
    }
    String base = line.url() != null ? line.url() : "http://127.0.0.1:" + port();
    String path = env.getOrDefault("BOTWRIGHT_ADMIN_PATH", "/botwright/admin");
    AdminHttp http = new AdminHttp(stripSlash(base) + path + "/deliveries", token);
    try {
      AdminHttp.Answer answer = http.send(line.method(), line.path());
      return new AnswerPrinter(out, err).print(line, answer, base);
    } catch (IOException e) {
      err.println(
          "Cannot reach the bot at "
              + base
              + " ("
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + "): is it running? Give its address with --url.");
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("Interrupted.");
      return 1;
    }
  }

  private String port() {
    String port = env.get("PORT");
    return port == null || port.isBlank() ? "3000" : port.trim();
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** One request to the admin API with the bearer token; the plain JDK client. */
  static final class AdminHttp {
    private static final HttpClient CLIENT =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String token;

    AdminHttp(String base, String token) {
      this.base = base;
      this.token = token;
    }

    record Answer(int status, Object body) {}

    Answer send(String method, String path) throws IOException, InterruptedException {
      URI uri;
      try {
        uri = URI.create(base + path);
      } catch (IllegalArgumentException e) {
        throw new IOException("not a valid URL: " + base + path, e);
      }
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .timeout(Duration.ofSeconds(30))
              .header("Authorization", "Bearer " + token)
              .header("Accept", "application/json")
              .method(method, HttpRequest.BodyPublishers.noBody())
              .build();
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      Object body = null;
      if (!response.body().isBlank()) {
        try {
          body = JsonValues.parse(response.body());
        } catch (IOException notJson) {
          body = null;
        }
      }
      return new Answer(response.statusCode(), body);
    }
  }

  /** The parsed arguments after {@code deliveries}. */
  record CommandLine(
      String action, String id, String state, String limit, String url, boolean help) {

    static CommandLine parse(List<String> args) {
      List<String> positional = new ArrayList<>();
      String state = null;
      String limit = null;
      String url = null;
      boolean help = false;
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        if (arg.equals("--help") || arg.equals("-h")) {
          help = true;
        } else if (arg.startsWith("--")) {
          String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
          String value;
          if (arg.contains("=")) {
            value = arg.substring(arg.indexOf('=') + 1);
          } else if (i + 1 < args.size()) {
            value = args.get(++i);
          } else {
            throw new IllegalArgumentException("Option " + name + " needs a value.");
          }
          switch (name) {
            case "--state" -> state = value;
            case "--limit" -> limit = value;
            case "--url" -> url = value;
            default -> throw new IllegalArgumentException("Unknown option " + name + ".");
          }
        } else {
          positional.add(arg);
        }
      }
      if (help) {
        return new CommandLine(null, null, null, null, url, true);
      }
      if (positional.isEmpty()) {
        throw new IllegalArgumentException("Say what to do: list, show <id> or replay <id>.");
      }
      String action = positional.get(0);
      switch (action) {
        case "list" -> {
          if (positional.size() != 1) {
            throw new IllegalArgumentException("list takes no id; filter with --state.");
          }
          return new CommandLine(action, null, state, limit, url, false);
        }
        case "show", "replay" -> {
          if (positional.size() != 2) {
            throw new IllegalArgumentException(action + " needs exactly one delivery id.");
          }
          return new CommandLine(action, positional.get(1), null, null, url, false);
        }
        default ->
            throw new IllegalArgumentException(
                "Unknown action '" + action + "': use list, show or replay.");
      }
    }

    String method() {
      return action.equals("replay") ? "POST" : "GET";
    }

    String path() {
      return switch (action) {
        case "list" ->
            "?state="
                + encode(state == null ? "dead" : state)
                + (limit == null ? "" : "&limit=" + encode(limit));
        case "show" -> "/" + encode(id);
        default -> "/" + encode(id) + "/replay";
      };
    }

    private static String encode(String value) {
      return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
          .replace("+", "%20");
    }
  }

  /** Registers this command with {@link dev.botwright.Botwright#run}. */
  public static final class Launch extends LaunchCommand.Named {
    public Launch() {
      super(NAME, DeliveriesCommand::run);
    }
  }
}
