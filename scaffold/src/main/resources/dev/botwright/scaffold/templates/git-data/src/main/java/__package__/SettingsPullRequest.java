package {{package}};

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.github.RepoRef;
import dev.botwright.event.InstallationEvent;
import dev.botwright.event.InstallationRepository;
import dev.botwright.github.GitHubApiException;
import dev.botwright.github.GitHubClient;
import jakarta.inject.Singleton;

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
  void propose(InstallationEvent.Created event, EventContext ctx) {
    // Empty when the app was given all repositories: list them with repos().listForInstallation().
    for (InstallationRepository repository : event.repositories()) {
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
    String base = github.repos().get(repo).defaultBranch();
    String head = github.repos().getBranch(repo, base).commit().sha();
    github.repos().createRef(repo, "refs/heads/" + BRANCH, head);
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
}
