package dev.botwright.internal.setup;

import io.micronaut.core.annotation.Internal;

/** The names of GitHub's webhook events ({@code issues}, {@code pull_request}...). */
@Internal
public final class EventNames {

  private EventNames() {}

  /** Whether GitHub sends webhook events called {@code event} (without an action). */
  public static boolean isKnown(String event) {
    return ManifestCatalog.get().isEvent(event);
  }
}
