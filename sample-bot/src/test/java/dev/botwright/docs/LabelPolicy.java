package dev.botwright.docs;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Set;

/** An ordinary bean that handlers take as a parameter. */
@Requires(property = "docs.snippets", value = "true")
@Singleton
class LabelPolicy {

  private static final Set<String> ALLOWED = Set.of("bug", "enhancement", "question");

  boolean allows(String label) {
    return ALLOWED.contains(label);
  }
}
