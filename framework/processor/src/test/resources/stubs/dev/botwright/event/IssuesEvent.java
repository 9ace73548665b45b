package dev.botwright.event;

@GitHubEvent("issues")
public record IssuesEvent(String action) {}
