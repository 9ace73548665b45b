package dev.botwright.sample;

import dev.botwright.Botwright;

/** Starts the sample bot: {@code java -jar sample-bot/target/sample-bot.jar}. */
public final class SampleBot {

  private SampleBot() {}

  public static void main(String[] args) {
    Botwright.run(SampleBot.class, args);
  }
}
