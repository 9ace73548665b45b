package dev.botwright.archfixture.b;

import dev.botwright.archfixture.a.Alpha;

/** The other half of the deliberate package cycle that the architecture test must report. */
public final class Beta {
  Alpha alpha;
}
