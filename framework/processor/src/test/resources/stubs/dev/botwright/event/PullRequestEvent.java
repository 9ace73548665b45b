package dev.botwright.event;

@GitHubEvent("pull_request")
public record PullRequestEvent(String action) {}
