package dev.botwright.internal.schedule;

import dev.botwright.RepositoryContext;
import dev.botwright.event.Repository;
import dev.botwright.github.RepoRef;
import io.micronaut.json.JsonMapper;
import java.util.HashMap;
import java.util.Map;

/** The context of one repository in one scheduled run. */
final class DefaultRepositoryContext extends DefaultInstallationContext
    implements RepositoryContext {

  private final Repository repository;
  private final RepoRef repo;

  DefaultRepositoryContext(
      DefaultInstallationContext installation,
      Repository repository,
      JsonMapper mapper,
      Class<?> loggerType) {
    super(
        installation.installationId(),
        installation.account(),
        installation.github(),
        mapper,
        loggerType,
        withRepository(installation.mdc(), repository.fullName()));
    this.repository = repository;
    this.repo = RepoRef.of(repository.fullName());
  }

  private static Map<String, String> withRepository(Map<String, String> mdc, String repository) {
    Map<String, String> values = new HashMap<>(mdc);
    values.put("repository", repository);
    return values;
  }

  @Override
  public RepoRef repo() {
    return repo;
  }

  @Override
  public Repository repository() {
    return repository;
  }

  @Override
  public String toString() {
    return "repository " + repo + " of " + super.toString();
  }
}
