package dev.botwright.github;

/** Pull requests and their reviews. Obtain it from {@link GitHubClient#pulls()}. */
public interface PullRequests {}
