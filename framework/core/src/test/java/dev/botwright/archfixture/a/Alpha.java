package dev.botwright.archfixture.a;

import dev.botwright.archfixture.b.Beta;

/** One half of a deliberate package cycle: proves the architecture rules catch one. */
public final class Alpha {
  Beta beta;
}
