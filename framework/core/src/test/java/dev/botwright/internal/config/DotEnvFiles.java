package dev.botwright.internal.config;

import java.nio.file.Path;
import java.util.Map;

/** Lets tests in other packages read a .env file exactly as Botwright does at start-up. */
public final class DotEnvFiles {

  private DotEnvFiles() {}

  public static Map<String, String> read(Path file) {
    return DotEnvFile.read(file);
  }
}
