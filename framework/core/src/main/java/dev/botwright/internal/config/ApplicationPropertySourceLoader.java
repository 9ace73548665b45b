package dev.botwright.internal.config;

import io.micronaut.context.env.ActiveEnvironment;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySourceLoader;
import io.micronaut.core.io.ResourceLoader;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A property source that Micronaut loads once with the application's configuration and that reads
 * no files of its own.
 */
abstract class ApplicationPropertySourceLoader implements PropertySourceLoader {

  /** The property source, or empty when there is nothing to add. */
  abstract Optional<PropertySource> loadApplication();

  @Override
  public final Optional<PropertySource> load(String resourceName, ResourceLoader resourceLoader) {
    return "application".equals(resourceName) ? loadApplication() : Optional.empty();
  }

  @Override
  public final Optional<PropertySource> loadEnv(
      String resourceName, ResourceLoader resourceLoader, ActiveEnvironment activeEnvironment) {
    return Optional.empty();
  }

  @Override
  public final Set<String> getExtensions() {
    return Set.of();
  }

  @Override
  public final Map<String, Object> read(String name, InputStream input) {
    return new HashMap<>();
  }
}
