package dev.botwright.docs;

import dev.botwright.Botwright;

/** The main class of a bot: all it does is start Botwright. */
public final class MyBot {

  private MyBot() {}

  public static void main(String[] args) {
    Botwright.run(MyBot.class, args);
  }
}
