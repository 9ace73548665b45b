package dev.botwright.docs;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** The repository-config guide's handler: labels new issues as {@code .github/labeler.yml} says. */
@Requires(property = "docs.repo-config", value = "true")
@Singleton
class ConfiguredLabeler {

  @OnEvent("issues.opened")
  void label(EventContext ctx) {
    LabelerConfig config = ctx.config("labeler.yml", LabelerConfig.class, LabelerConfig.DEFAULTS);
    if (!config.enabled()) {
      return;
    }
    ctx.github().issues().addLabels(ctx.issue(), config.labels().toArray(String[]::new));
  }
}
