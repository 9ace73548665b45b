package {{package}};

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.github.RepoRef;
import dev.botwright.event.PullRequest;
import dev.botwright.event.PullRequestEvent;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * Deploys every opened or updated pull request to its own preview environment: creates a
 * deployment of the head commit, then reports its status. Put your real deployment between the
 * two calls.
 */
@Singleton
class PullRequestDeployer {

  static final String DEPLOYMENTS = "POST /repos/{owner}/{repo}/deployments";
  static final String STATUSES = "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses";

  @OnEvent("pull_request.opened")
  void opened(PullRequestEvent.Opened event, EventContext ctx) {
    deploy(event.pullRequest(), ctx);
  }

  @OnEvent("pull_request.synchronize") // new commits were pushed
  void synchronize(PullRequestEvent.Synchronize event, EventContext ctx) {
    deploy(event.pullRequest(), ctx);
  }

  private static void deploy(PullRequest pullRequest, EventContext ctx) {
    RepoRef repo = ctx.repo();
    String environment = "pr-" + pullRequest.number();
    // No typed helper for deployments: any route works through request(), answered as JSON.
    JsonNode deployment =
        ctx.github()
            .request(
                DEPLOYMENTS,
                Map.of(
                    "owner", repo.owner(),
                    "repo", repo.repo(),
                    "ref", pullRequest.head().sha(),
                    "environment", environment,
                    "description", "Preview of pull request #" + pullRequest.number(),
                    "auto_merge", false,
                    "required_contexts", List.of(),
                    "transient_environment", true))
            .body();
    JsonNode id = deployment.get("id");
    if (id == null || !id.isNumber()) {
      ctx.log().warn("GitHub created no deployment for {}: {}", environment, deployment);
      return;
    }
    ctx.github()
        .request(
            STATUSES,
            Map.of(
                "owner", repo.owner(),
                "repo", repo.repo(),
                "deployment_id", id.getLongValue(),
                "state", "success",
                "description", "Deployed " + environment));
  }
}
