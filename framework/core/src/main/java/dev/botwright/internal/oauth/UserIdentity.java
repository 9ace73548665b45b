package dev.botwright.internal.oauth;

/** Who signed in: GitHub's user id, login and primary verified email ("" when none is needed). */
record UserIdentity(long id, String login, String email) {}
