package dev.botwright.github;

/** Repositories and their contents. Obtain it from {@link GitHubClient#repos()}. */
public interface Repositories {}
