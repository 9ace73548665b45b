package dev.botwright.sample;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.event.InstallationEvent;
import dev.botwright.event.RepositorySummary;
import jakarta.inject.Singleton;
import java.util.stream.Collectors;

/** Logs which repositories a new installation granted. */
@Singleton
class InstallationLogger {

  @OnEvent("installation.created")
  void logGrantedRepositories(InstallationEvent event, EventContext ctx) {
    String repositories =
        event.repositories().stream()
            .map(RepositorySummary::fullName)
            .collect(Collectors.joining(", "));
    ctx.log()
        .info(
            "Installed on {} with access to {} repositories: {}",
            event.installation().account().login(),
            event.repositories().size(),
            repositories.isEmpty() ? "(all repositories)" : repositories);
  }
}
