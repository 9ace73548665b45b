package dev.botwright.event;

@GitHubEvent("issues")
public sealed interface IssuesEvent
    permits IssuesEvent.Opened, IssuesEvent.Closed, IssuesEvent.Other {
  String action();

  @GitHubEvent("issues.opened")
  record Opened(String action) implements IssuesEvent {}

  @GitHubEvent("issues.closed")
  record Closed(String action) implements IssuesEvent {}

  record Other(String action) implements IssuesEvent {}
}
