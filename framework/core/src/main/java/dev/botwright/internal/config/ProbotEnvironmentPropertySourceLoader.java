package dev.botwright.internal.config;

import io.micronaut.context.env.EnvironmentPropertySource;
import io.micronaut.context.env.PropertySource;
import io.micronaut.core.annotation.Internal;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Makes Probot's environment variables (and a {@code .env} file in the working directory) part of
 * Micronaut's configuration. They rank above {@code application.yml} and below Micronaut's own
 * environment variables and system properties. Set {@code BOTWRIGHT_DOTENV=false} to ignore {@code
 * .env}.
 */
@Internal
public final class ProbotEnvironmentPropertySourceLoader extends ApplicationPropertySourceLoader {

  /** Just above configuration files, below Micronaut's own environment variables. */
  static final int POSITION = EnvironmentPropertySource.POSITION - 50;

  private final Function<String, String> env;
  private final Path dotEnv;

  /** Used by Micronaut through {@link java.util.ServiceLoader}. */
  public ProbotEnvironmentPropertySourceLoader() {
    this(System::getenv, Path.of(".env"));
  }

  ProbotEnvironmentPropertySourceLoader(Function<String, String> env, Path dotEnv) {
    this.env = env;
    this.dotEnv = dotEnv;
  }

  @Override
  Optional<PropertySource> loadApplication() {
    Map<String, String> fromFile =
        "false".equalsIgnoreCase(env.apply("BOTWRIGHT_DOTENV"))
            ? Map.of()
            : DotEnvFile.read(dotEnv);
    Function<String, String> lookup =
        name -> {
          String value = env.apply(name);
          return value != null ? value : fromFile.get(name);
        };
    Map<String, Object> properties = ProbotEnvironment.properties(lookup);
    if (properties.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(PropertySource.of("probot-environment", properties, POSITION));
  }
}
