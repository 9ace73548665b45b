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

  /**
   * The {@code on:} entry of the workflow {@code create-bot --actions} writes: the events a
   * workflow hears for this template's handlers; empty when GitHub Actions cannot start a workflow
   * on them (see {@link #actionsProblem()}).
   */
  Optional<String> actionsTrigger() {
    return switch (this) {
      case BASIC -> Optional.of("issues:\n    types: [opened]");
      case COMMANDS -> Optional.of("issue_comment:\n    types: [created]");
      case DEPLOY -> Optional.of("pull_request:\n    types: [opened, synchronize]");
      case CHECKS, GIT_DATA -> Optional.empty();
    };
  }

  /**
   * The workflow's {@code permissions:} beyond {@code contents: read}: what the template's handlers
   * do with the workflow's token, least privilege as in its {@code app.yml}.
   */
  String actionsPermissions() {
    return switch (this) {
      case BASIC -> "issues: write        # comment on issues";
      case COMMANDS ->
          "issues: write        # react and reply to comments, add labels\n"
              + "  pull-requests: write # the same on pull requests' comments";
      case DEPLOY -> "deployments: write   # create deployments and their statuses";
      case CHECKS, GIT_DATA -> "";
    };
  }

  /** Why a workflow cannot run this template's bot, or empty when it can. */
  Optional<String> actionsProblem() {
    return switch (this) {
      case BASIC, COMMANDS, DEPLOY -> Optional.empty();
      case CHECKS ->
          Optional.of(
              "GitHub Actions starts a workflow on check_suite completed only, never on the"
                  + " requested and rerequested actions this template handles");
      case GIT_DATA ->
          Optional.of(
              "GitHub sends installation events to the app only; no workflow can be started by"
                  + " them");
    };
  }

  /** The templates a workflow can run, for messages: e.g. {@code basic, deploy, commands}. */
  static String actionsIds() {
    return Arrays.stream(values())
        .filter(t -> t.actionsProblem().isEmpty())
        .map(Template::id)
        .collect(Collectors.joining(", "));
  }

  static Optional<Template> byId(String id) {
    return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
  }

  static String ids() {
    return Arrays.stream(values()).map(Template::id).collect(Collectors.joining(", "));
  }
}
