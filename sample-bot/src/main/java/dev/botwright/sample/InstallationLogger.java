package dev.botwright.sample;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.event.InstallationAccount;
import dev.botwright.event.InstallationEvent;
import dev.botwright.event.InstallationRepository;
import jakarta.inject.Singleton;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Logs which repositories a new installation granted. */
@Singleton
class InstallationLogger {

  @OnEvent("installation.created")
  void logGrantedRepositories(InstallationEvent.Created event, EventContext ctx) {
    String repositories =
        event.repositories().stream()
            .map(InstallationRepository::fullName)
            .collect(Collectors.joining(", "));
    ctx.log()
        .info(
            "Installed on {} with access to {} repositories: {}",
            name(event.installation().account()),
            event.repositories().size(),
            repositories.isEmpty() ? "(all repositories)" : repositories);
  }

  /** A user or organization has a login; an enterprise has a slug instead. */
  private static String name(@Nullable InstallationAccount account) {
    if (account == null) {
      return "an account GitHub did not name";
    }
    String login = account.login();
    if (login != null) {
      return login;
    }
    String slug = account.slug();
    return slug != null ? slug : "account " + account.id();
  }
}
