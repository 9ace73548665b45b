package dev.botwright.internal.receive;

import dev.botwright.internal.client.WorkflowToken;
import dev.botwright.internal.launch.LaunchCommand;
import dev.botwright.spi.Delivery;
import io.micronaut.core.annotation.Internal;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code action} command, Probot's {@code @probot/adapter-github-actions}: inside a workflow
 * step, runs the bot's handlers once on the event that triggered the workflow ({@code
 * GITHUB_EVENT_NAME}, the payload in {@code GITHUB_EVENT_PATH}) with clients authenticated by
 * {@code GITHUB_TOKEN} against {@code GITHUB_API_URL}. Exits 0 when every handler succeeded, 1 when
 * one failed, 2 when the environment is not a workflow's.
 */
@Internal
public final class ActionCommand {

  /** The first argument that selects this command. */
  public static final String NAME = "action";

  private ActionCommand() {}

  /** Whether {@code args} ask for this command rather than for starting the bot. */
  public static boolean matches(String... args) {
    return args != null && args.length > 0 && NAME.equals(args[0]);
  }

  /**
   * Runs the handlers on the workflow's event and returns the exit status.
   *
   * @param env the environment ({@code GITHUB_EVENT_NAME}, {@code GITHUB_EVENT_PATH}, {@code
   *     GITHUB_TOKEN}, {@code GITHUB_API_URL})
   * @param properties settings over the bot's own configuration
   */
  public static int run(
      String[] args,
      Map<String, String> env,
      Map<String, Object> properties,
      PrintStream out,
      PrintStream err) {
    if (args.length > 1) {
      err.println(
          "action takes no arguments: it reads GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_TOKEN"
              + " and GITHUB_API_URL, which a GitHub Actions runner sets.");
      return 2;
    }
    List<String> missing = new ArrayList<>();
    for (String name : List.of("GITHUB_EVENT_NAME", "GITHUB_EVENT_PATH", "GITHUB_TOKEN")) {
      String value = env.get(name);
      if (value == null || value.isBlank()) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      err.println(
          String.join(", ", missing)
              + (missing.size() == 1 ? " is" : " are")
              + " not set: run this command in a GitHub Actions step, and give the step the"
              + " token with `env: GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}`.");
      return 2;
    }
    Map<String, Object> settings = new HashMap<>();
    String api = env.get("GITHUB_API_URL");
    if (api != null && !api.isBlank()) {
      settings.put("botwright.github.api-url", api);
    }
    settings.putAll(properties);
    Delivery delivery;
    try {
      // Any event: a workflow also runs on events that are not webhooks (schedule...).
      delivery =
          PayloadFile.delivery(
              // Both were checked above: a missing one returned 2.
              Objects.requireNonNull(env.get("GITHUB_EVENT_NAME")),
              null,
              Objects.requireNonNull(env.get("GITHUB_EVENT_PATH")),
              false);
    } catch (PayloadFile.Mistake e) {
      err.println(e.getMessage());
      return 2;
    }
    WorkflowToken token = new WorkflowToken(Objects.requireNonNull(env.get("GITHUB_TOKEN")));
    return OneShot.run(
        delivery, settings, context -> context.registerSingleton(WorkflowToken.class, token), err);
  }

  /** Registers this command with {@link dev.botwright.Botwright#run}. */
  public static final class Launch extends LaunchCommand.Named {
    public Launch() {
      // Inside a GitHub Actions step: the workflow's event, with its GITHUB_TOKEN.
      super(NAME, (args, env, out, err) -> ActionCommand.run(args, env, Map.of(), out, err));
    }
  }
}
