package dev.botwright.test;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.github.RepoRef;
import io.micronaut.context.annotation.Requires;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.List;

/** A handler that comments with what {@code .github/greeter.yml} says, for the config tests. */
final class ConfigHandlers {

  static final String FILE = "greeter.yml";
  static final String COMMENTS = "POST /repos/{owner}/{repo}/issues/{issue_number}/comments";

  private ConfigHandlers() {}

  @Serdeable
  record Rules(int days, boolean close) {}

  @Serdeable
  record GreeterConfig(String greeting, List<String> labels, Rules rules) {
    static final GreeterConfig DEFAULTS =
        new GreeterConfig("Welcome", List.of("triage"), new Rules(30, true));
  }

  /** Comments "greeting labels days close" from the configuration, over the defaults. */
  @Singleton
  @Requires(property = "spec.name", value = "RepositoryConfigTest")
  static class Greeter {
    @OnEvent("issues.opened")
    void greet(EventContext ctx) {
      GreeterConfig config = ctx.config(FILE, GreeterConfig.class, GreeterConfig.DEFAULTS);
      ctx.github().issues().createComment(ctx.issue(), describe(config));
    }
  }

  /** Comments the greeting, or "none" when no file exists; the cache tests use it. */
  @Singleton
  @Requires(property = "spec.name", value = "RepositoryConfigCacheTest")
  static class CachedGreeter {
    @OnEvent("issues.opened")
    void greet(EventContext ctx) {
      String greeting =
          ctx.config(FILE, GreeterConfig.class).map(GreeterConfig::greeting).orElse("none");
      ctx.github().issues().createComment(ctx.issue(), greeting);
    }
  }

  /** An {@code issues.opened} delivery from {@code repo}. */
  static Fixture issueIn(RepoRef repo) {
    return Fixture.of("issues.opened")
        .with("repository.name", repo.repo())
        .with("repository.full_name", repo.toString())
        .with("repository.owner.login", repo.owner());
  }

  static String describe(GreeterConfig config) {
    return config.greeting()
        + " "
        + config.labels()
        + " "
        + config.rules().days()
        + " "
        + config.rules().close();
  }
}
