package dev.botwright.docs;

import dev.botwright.github.GitHubClient;
import dev.botwright.github.GitHubClients;
import dev.botwright.github.RepoRef;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.util.Map;

/** Calls made as the app itself (app JWT) and as one installation (installation token). */
@Singleton
class AppClientExamples {

  private final GitHubClients clients;

  AppClientExamples(GitHubClients clients) {
    this.clients = clients;
  }

  String appSlug() {
    return clients.app().request("GET /app").body().get("slug").getStringValue();
  }

  long installationOf(String owner, String repo) {
    JsonNode installation =
        clients
            .app()
            .request("GET /repos/{owner}/{repo}/installation", Map.of("owner", owner, "repo", repo))
            .body();
    return installation.get("id").getLongValue();
  }

  void openIssue(long installationId, String owner, String repo) {
    GitHubClient github = clients.installation(installationId); // token minted on first request
    github.issues().create(new RepoRef(owner, repo), "Hello from the bot", null);
  }
}
