package dev.botwright.install;

import io.micronaut.serde.annotation.Serdeable;

/**
 * An installation as the index knows it.
 *
 * @param id the installation id
 * @param account the login of the user or organization it is installed on
 * @param targetType {@code "User"} or {@code "Organization"}
 * @param suspended whether the installation is suspended
 */
@Serdeable
public record IndexedInstallation(long id, String account, String targetType, boolean suspended) {

  /** This installation with another suspension state. */
  public IndexedInstallation withSuspended(boolean suspended) {
    return new IndexedInstallation(id, account, targetType, suspended);
  }

  /** This installation under another account login (after a rename). */
  public IndexedInstallation withAccount(String account) {
    return new IndexedInstallation(id, account, targetType, suspended);
  }
}
