package dev.botwright.event;

@GitHubEvent("issue_comment")
public sealed interface IssueCommentEvent
    permits IssueCommentEvent.Created, IssueCommentEvent.Edited, IssueCommentEvent.Other {
  String action();

  @GitHubEvent("issue_comment.created")
  record Created(String action) implements IssueCommentEvent {}

  @GitHubEvent("issue_comment.edited")
  record Edited(String action) implements IssueCommentEvent {}

  record Other(String action) implements IssueCommentEvent {}
}
