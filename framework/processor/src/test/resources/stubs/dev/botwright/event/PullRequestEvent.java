package dev.botwright.event;

@GitHubEvent("pull_request")
public sealed interface PullRequestEvent
    permits PullRequestEvent.Opened, PullRequestEvent.Closed, PullRequestEvent.Other {
  String action();

  @GitHubEvent("pull_request.opened")
  record Opened(String action) implements PullRequestEvent {}

  @GitHubEvent("pull_request.closed")
  record Closed(String action) implements PullRequestEvent {}

  record Other(String action) implements PullRequestEvent {}
}
