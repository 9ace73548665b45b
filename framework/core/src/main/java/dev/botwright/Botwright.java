package dev.botwright;

import dev.botwright.internal.launch.LaunchCommand;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLoggerFactory;

/**
 * Starts a bot. Call it from {@code main}:
 *
 * <pre>{@code
 * public static void main(String[] args) { Botwright.run(MyBot.class, args); }
 * }</pre>
 *
 * <p>Without an app id or private key the bot starts in setup mode and logs the URL of a page that
 * registers its GitHub App (see {@code docs/setup.md}). Any other configuration mistake, or missing
 * credentials with {@code botwright.setup.enabled=false}, ends the process with one message that
 * lists every missing setting and its environment variable, without a stack trace.
 */
public final class Botwright {

  private static final Logger LOG = LoggerFactory.getLogger(Botwright.class);

  private Botwright() {}

  /**
   * Starts the bot whose main class is {@code application}; or, when the arguments start with
   * {@code deliveries}, runs that operator command against the running bot's admin API and exits
   * (see {@code docs/operations.md}): {@code deliveries list [--state S]}, {@code deliveries show
   * <id>}, {@code deliveries replay <id>}; or, when they start with {@code receive}, runs the
   * handlers once on a payload file and exits (see {@code docs/receive.md}): {@code receive --event
   * issues --payload issues.opened.json [--dry-run] [--stub ROUTE=FILE]}; or, with {@code action},
   * runs the handlers once on a GitHub Actions workflow's event with its {@code GITHUB_TOKEN}; or,
   * with {@code train}, starts the bot once with a throwaway identity and exits, for {@code
   * -XX:ArchiveClassesAtExit} to record a class-data archive (see {@code docs/performance.md}).
   */
  public static void run(Class<?> application, String... args) {
    Optional<LaunchCommand> command = LaunchCommand.find(args);
    if (command.isPresent()) {
      // An operator's or a workflow's command, not a server: it runs once and exits.
      System.exit(command.get().run(args, System.getenv(), System.out, System.err));
    }
    // No banner: a bot's log starts with its own lines.
    new Launcher().mainClass(application).args(args).banner(false).start();
  }

  /** Reports configuration mistakes as one clear message rather than a stack trace. */
  private static final class Launcher extends Micronaut {

    @Override
    protected void handleStartupException(Environment environment, Throwable exception) {
      BotwrightConfigurationException mistake = configurationMistake(exception);
      if (mistake == null || environment.getActiveNames().contains(Environment.TEST)) {
        super.handleStartupException(environment, exception);
        return;
      }
      if (LoggerFactory.getILoggerFactory() instanceof NOPLoggerFactory) {
        // No logging binding on the classpath: the operator must still see why the bot stopped.
        System.err.println(mistake.getMessage());
      } else {
        LOG.error(mistake.getMessage());
      }
      System.exit(1);
    }

    private static @Nullable BotwrightConfigurationException configurationMistake(
        Throwable exception) {
      for (Throwable t = exception; t != null; t = t.getCause()) {
        if (t instanceof BotwrightConfigurationException mistake) {
          return mistake;
        }
      }
      return null;
    }
  }
}
