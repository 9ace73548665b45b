package {{package}};

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.RepoRef;
import dev.botwright.event.InstallationEvent;
import dev.botwright.event.RepositorySummary;
import dev.botwright.github.GitHubApiException;
import dev.botwright.github.GitHubClient;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * When the app is installed, proposes its settings file to every repository it was given: a branch
 * from the head of the default branch, one commit adding the file, and a pull request.
 */
@Singleton
class SettingsPullRequest {

  static final String BRANCH = "add-{{name}}-settings";
  static final String PATH = ".github/{{name}}.yml";
  static final String SETTINGS = "# Settings for {{name}}.\nenabled: true\n";

  @OnEvent("installation.created")
  void propose(InstallationEvent event, EventContext ctx) {
    for (RepositorySummary repository : event.repositories()) {
      RepoRef repo = RepoRef.of(repository.fullName());
      try {
        propose(ctx.github(), repo);
      } catch (GitHubApiException e) {
        if (e.status() != 422) {
          throw e;
        }
        // 422: the branch exists already, e.g. after the app was uninstalled and installed again.
        ctx.log().info("Settings already proposed to {}: {}", repo, e.githubMessage());
      }
    }
  }

  private void propose(GitHubClient github, RepoRef repo) {
    String base = text(github.repos().get(repo), "default_branch");
    JsonNode head =
        github
            .request(
                "GET /repos/{owner}/{repo}/git/ref/{+ref}",
                Map.of("owner", repo.owner(), "repo", repo.repo(), "ref", "heads/" + base))
            .body();
    github.repos().createRef(repo, "refs/heads/" + BRANCH, text(head.get("object"), "sha"));
    github.repos().createOrUpdateFile(repo, PATH, "Add " + PATH, SETTINGS, null, BRANCH);
    github
        .pulls()
        .create(
            repo,
            "Add {{name}} settings",
            BRANCH,
            base,
            "{{name}} reads `" + PATH + "`. Merge this pull request to keep the defaults.");
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || !value.isString()) {
      throw new IllegalStateException("GitHub's answer has no " + field + ": " + node);
    }
    return value.getStringValue();
  }
}
