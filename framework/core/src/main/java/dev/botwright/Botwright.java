package dev.botwright;

import io.micronaut.runtime.Micronaut;

/**
 * Starts a bot. Call it from {@code main}:
 *
 * <pre>{@code
 * public static void main(String[] args) { Botwright.run(MyBot.class, args); }
 * }</pre>
 *
 * <p>A configuration mistake (a missing app id, key or webhook secret) ends the process with one
 * message that lists every missing setting and its environment variable, without a stack trace.
 */
public final class Botwright {

  private Botwright() {}

  /** Starts the bot whose main class is {@code application}. */
  public static void run(Class<?> application, String... args) {
    Micronaut.run(application, args);
  }
}
