package dev.botwright.internal.launch;

import io.micronaut.core.annotation.Internal;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A command that {@link dev.botwright.Botwright#run} runs, and then exits, when the first argument
 * is its {@link #name()}. Implementations are registered in {@code
 * META-INF/services/dev.botwright.internal.launch.LaunchCommand} and need a public no-argument
 * constructor.
 */
@Internal
public interface LaunchCommand {

  /** The first argument that selects this command, e.g. {@code "deliveries"}. */
  String name();

  /**
   * Runs the command {@code args} (starting with {@link #name()}) and returns the exit status.
   *
   * @param env the process environment
   */
  int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err);

  /** A command's run method, e.g. {@code DeliveriesCommand::run}. */
  @FunctionalInterface
  interface Runner {
    int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err);
  }

  /**
   * A registration of {@code runner} under {@code name}: the service class extends this with a
   * public no-argument constructor.
   */
  abstract class Named implements LaunchCommand {
    private final String name;
    private final Runner runner;

    protected Named(String name, Runner runner) {
      this.name = name;
      this.runner = runner;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
      return runner.run(args, env, out, err);
    }
  }

  /** The registered command whose name is {@code args[0]}, if any. */
  static Optional<LaunchCommand> find(String... args) {
    if (args == null || args.length == 0) {
      return Optional.empty();
    }
    for (LaunchCommand command : ServiceLoader.load(LaunchCommand.class)) {
      if (command.name().equals(args[0])) {
        return Optional.of(command);
      }
    }
    return Optional.empty();
  }
}
