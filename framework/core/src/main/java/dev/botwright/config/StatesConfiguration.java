package dev.botwright.config;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * The single-use states of the sign-in and install flows ({@code botwright.states.*}): how many
 * used states one process remembers, and how many callbacks one client may make per minute.
 */
@ConfigurationProperties("botwright.states")
public class StatesConfiguration {

  /** Used states one process remembers (in memory, without Redis). */
  public static final int DEFAULT_MAX_REMEMBERED = 100_000;

  /** Sign-in and install callbacks one client address may make per minute. */
  public static final int DEFAULT_PER_CLIENT_PER_MINUTE = 60;

  private int maxRemembered = DEFAULT_MAX_REMEMBERED;
  private int perClientPerMinute = DEFAULT_PER_CLIENT_PER_MINUTE;

  /**
   * How many used states the in-memory store keeps until they expire; when full, the state closest
   * to its expiry is forgotten first, so a flood never locks users out.
   */
  public int getMaxRemembered() {
    return maxRemembered;
  }

  public void setMaxRemembered(int maxRemembered) {
    this.maxRemembered = Math.max(1, maxRemembered);
  }

  /**
   * How many sign-in and install callbacks one client address may make per minute; beyond it they
   * answer 429 before any state is remembered or any code is sent to GitHub. {@code 0} switches the
   * limit off.
   */
  public int getPerClientPerMinute() {
    return perClientPerMinute;
  }

  public void setPerClientPerMinute(int perClientPerMinute) {
    this.perClientPerMinute = Math.max(0, perClientPerMinute);
  }
}
