package dev.botwright.install;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A repository an installation can access.
 *
 * @param id the repository id
 * @param fullName {@code owner/name}
 * @param isPrivate whether it is private
 */
@Serdeable
public record IndexedRepository(long id, String fullName, boolean isPrivate) {

  /** The owner part of {@link #fullName()}. */
  public String owner() {
    return fullName.substring(0, fullName.indexOf('/'));
  }

  /** The name part of {@link #fullName()}. */
  public String name() {
    return fullName.substring(fullName.indexOf('/') + 1);
  }
}
