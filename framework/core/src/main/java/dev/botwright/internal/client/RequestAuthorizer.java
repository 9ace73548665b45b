package dev.botwright.internal.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/** What a client authenticates as: the value of its {@code Authorization} header and 401 rules. */
interface RequestAuthorizer {

  /** The installation whose writes are paced together; empty for the app itself. */
  OptionalLong installationId();

  /** Starts one logical request, which keeps its own 401 retry state. */
  Attempts start();

  /** The authorization of one logical request across its attempts. */
  interface Attempts {

    /** The {@code Authorization} header for the next attempt; fetches credentials if needed. */
    String authorization();

    /**
     * Decides what to do after GitHub answered 401 to the last attempt.
     *
     * @param githubMessage GitHub's {@code message}, possibly empty
     * @param githubDate GitHub's {@code Date} header, if present
     * @return how long to wait before retrying, or empty to give up
     */
    Optional<Duration> afterUnauthorized(String githubMessage, Optional<Instant> githubDate);
  }
}
