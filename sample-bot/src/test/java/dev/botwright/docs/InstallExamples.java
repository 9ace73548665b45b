package dev.botwright.docs;

import dev.botwright.install.IndexedRepository;
import dev.botwright.install.InstallationAccess;
import dev.botwright.install.InstallationLinked;
import dev.botwright.oauth.UserSession;
import dev.botwright.oauth.UserSessions;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The examples of docs/installations.md. */
final class InstallExamples {

  private InstallExamples() {}

  /** Lists the repositories the signed-in user reaches through this app's installations. */
  @Controller("/my-repositories")
  @Requires(property = "botwright.install.enabled", value = "true")
  @ExecuteOn(TaskExecutors.BLOCKING)
  static class MyRepositories {

    private final UserSessions sessions;
    private final InstallationAccess access;

    MyRepositories(UserSessions sessions, InstallationAccess access) {
      this.sessions = sessions;
      this.access = access;
    }

    @Get
    HttpResponse<List<String>> list(HttpRequest<?> request) {
      UserSession user = sessions.current(request).orElse(null);
      if (user == null) {
        return HttpResponse.unauthorized();
      }
      List<String> names =
          access.verify(user).stream()
              .flatMap(installation -> access.repositories(user, installation.id()).stream())
              .map(IndexedRepository::fullName)
              .toList();
      return HttpResponse.ok(names);
    }
  }

  /** Remembers the plan a user chose on your site, carried through GitHub in the state. */
  @Singleton
  static class PlanRecorder {

    final Map<Long, String> plans = new ConcurrentHashMap<>();

    @EventListener
    void linked(InstallationLinked linked) {
      plans.put(linked.installationId(), linked.metadata().getOrDefault("plan", "free"));
    }
  }
}
