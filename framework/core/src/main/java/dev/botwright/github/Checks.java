package dev.botwright.github;

/** Check runs and commit statuses. Obtain it from {@link GitHubClient#checks()}. */
public interface Checks {}
