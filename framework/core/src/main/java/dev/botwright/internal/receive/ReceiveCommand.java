package dev.botwright.internal.receive;

import dev.botwright.config.AppConfiguration;
import dev.botwright.internal.client.DryRun;
import dev.botwright.internal.launch.LaunchCommand;
import dev.botwright.spi.Delivery;
import io.micronaut.core.annotation.Internal;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The {@code receive} command, Probot's {@code probot receive}: runs the bot's handlers once on one
 * payload file, in-process, and exits 0 when every handler succeeded, 1 when any failed (each
 * failure printed), 2 for a usage mistake (bad file, bad JSON, unknown event). With the app's
 * credentials the handlers' requests go to GitHub; with {@code --dry-run}, or without credentials,
 * nothing is sent (see {@link DryRun}).
 */
@Internal
public final class ReceiveCommand {

  /** The first argument that selects this command. */
  public static final String NAME = "receive";

  static final String USAGE =
      """
      Usage: receive --event EVENT --payload FILE [--dry-run] [--stub "ROUTE=FILE"]...
        -e, --event EVENT    the webhook event, e.g. issues (the action comes from the payload)
                             or issues.opened (checked against the payload's action)
        -p, --payload FILE   the webhook payload, a JSON file
        --dry-run            send nothing to GitHub (also the case without app credentials):
                             print each write as METHOD ROUTE PATH BODY, answer reads empty
        --stub ROUTE=FILE    answer the read ROUTE with the JSON in FILE, e.g.
                             "GET /repos/{owner}/{repo}/contents/{+path}=fixtures/config.json"
      Exit status: 0 every handler succeeded, 1 a handler failed, 2 a usage mistake.""";

  private final PrintStream out;
  private final PrintStream err;

  private ReceiveCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Whether {@code args} ask for this command rather than for starting the bot. */
  public static boolean matches(String... args) {
    return args != null && args.length > 0 && NAME.equals(args[0]);
  }

  /**
   * Runs the command {@code args} (starting with {@code "receive"}) and returns the exit status.
   *
   * @param properties settings over the bot's own configuration (tests point it at a fake GitHub)
   * @param out where a dry run prints the writes
   * @param err where failures and mistakes are printed
   */
  public static int run(
      String[] args, Map<String, Object> properties, PrintStream out, PrintStream err) {
    return new ReceiveCommand(out, err).run(List.of(args).subList(1, args.length), properties);
  }

  private int run(List<String> args, Map<String, Object> properties) {
    ReceiveArguments arguments;
    try {
      arguments = ReceiveArguments.parse(args);
    } catch (IllegalArgumentException e) {
      return usage(e.getMessage());
    }
    if (arguments.help()) {
      out.println(USAGE);
      return 0;
    }
    try {
      // parse() refuses arguments without --event and --payload unless --help was given.
      String given = Objects.requireNonNull(arguments.event());
      String payload = Objects.requireNonNull(arguments.payload());
      int dot = given.indexOf('.');
      Delivery delivery =
          dot < 0
              ? PayloadFile.delivery(given, null, payload, true)
              : PayloadFile.delivery(
                  given.substring(0, dot), given.substring(dot + 1), payload, true);
      Map<String, byte[]> stubs = new LinkedHashMap<>();
      for (Map.Entry<String, String> stub : arguments.stubs().entrySet()) {
        stubs.put(stub.getKey(), PayloadFile.read(stub.getValue(), "--stub " + stub.getKey()));
      }
      DryRun dryRun = new DryRun(stubs, out);
      return run(delivery, arguments.dryRun(), dryRun, properties);
    } catch (PayloadFile.Mistake | IllegalArgumentException e) {
      return usage(e.getMessage());
    }
  }

  private int run(
      Delivery delivery, boolean dryRunAsked, DryRun dryRun, Map<String, Object> properties) {
    return OneShot.run(
        delivery,
        properties,
        context -> {
          AppConfiguration app = context.getBean(AppConfiguration.class);
          boolean credentials =
              app.getId() != null
                  && (app.getPrivateKey() != null || app.getPrivateKeyPath() != null);
          if (dryRunAsked || !credentials) {
            // Before any client exists: every client of the context then sends nothing.
            context.registerSingleton(DryRun.class, dryRun);
            err.println(
                dryRunAsked
                    ? "Dry run: nothing is sent to GitHub; writes are printed, reads answered"
                        + " empty or from --stub."
                    : "No app credentials (APP_ID and PRIVATE_KEY or PRIVATE_KEY_PATH): dry run,"
                        + " nothing is sent to GitHub; writes are printed, reads answered empty"
                        + " or from --stub.");
          }
        },
        err);
  }

  private int usage(@Nullable String message) {
    if (message != null) {
      err.println(message);
    }
    err.println(USAGE);
    return 2;
  }

  /** Registers this command with {@link dev.botwright.Botwright#run}. */
  public static final class Launch extends LaunchCommand.Named {
    public Launch() {
      // One payload through the handlers, then exit: no server, journal, reconciler or schedules.
      super(NAME, (args, env, out, err) -> ReceiveCommand.run(args, Map.of(), out, err));
    }
  }
}
