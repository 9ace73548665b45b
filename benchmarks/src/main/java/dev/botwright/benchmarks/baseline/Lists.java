package dev.botwright.benchmarks.baseline;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** Keeps record lists immutable: a payload's missing or {@code null} array becomes empty. */
final class Lists {

  private Lists() {}

  static <T> List<T> copy(@Nullable List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
