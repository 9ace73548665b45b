package dev.botwright.scaffold;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of bot {@code create-bot} can start from, each with least-privilege permissions. */
enum Template {
  BASIC("basic", "IssueGreeter", "comments on every new issue"),
  CHECKS("checks", "CheckSuiteRunner", "reports a completed check run for each check suite"),
  DEPLOY(
      "deploy",
      "PullRequestDeployer",
      "creates a deployment and its status for each opened or updated pull request"),
  GIT_DATA(
      "git-data",
      "SettingsPullRequest",
      "opens a pull request adding a settings file when the app is installed"),
  COMMANDS(
      "commands",
      "SlashCommands",
      "answers /hello and /label comments (@Command) from users with write permission");

  private final String id;
  private final String handler;
  private final String summary;

  Template(String id, String handler, String summary) {
    this.id = id;
    this.handler = handler;
    this.summary = summary;
  }

  /** The name used on the command line and in the template resources, e.g. {@code git-data}. */
  String id() {
    return id;
  }

  /** The simple name of the handler class the template generates. */
  String handler() {
    return handler;
  }

  /** What a bot made from this template does, as the end of "The bot ...". */
  String summary() {
    return summary;
  }

  /**
   * The payload fixture of the template's main event, without {@code .json}, e.g. {@code
   * issues.opened}; the README replays it with {@code receive}.
   */
  String fixture() {
    return switch (this) {
      case BASIC -> "issues.opened";
      case CHECKS -> "check_suite.requested";
      case DEPLOY -> "pull_request.opened";
      case GIT_DATA -> "installation.created";
      case COMMANDS -> "issue_comment.created";
    };
  }

  /** The webhook event of {@link #fixture()}, e.g. {@code issues}. */
  String event() {
    return fixture().substring(0, fixture().indexOf('.'));
  }

  static Optional<Template> byId(String id) {
    return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
  }

  static String ids() {
    return Arrays.stream(values()).map(Template::id).collect(Collectors.joining(", "));
  }
}
