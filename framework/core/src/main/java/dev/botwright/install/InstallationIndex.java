package dev.botwright.install;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Which installations of this app exist, which repositories each can access and which users were
 * verified to access them. The framework keeps it current from the setup callback and from {@code
 * installation}, {@code installation_repositories}, {@code installation_target} and {@code
 * github_app_authorization} webhooks when {@code botwright.install.enabled} is true. Inject it to
 * read; the default keeps it in a file, replace it by declaring a bean of this type.
 *
 * <p>Implementations must be thread-safe. The write methods are for the framework.
 */
public interface InstallationIndex {

  /** The installations {@code userId} was verified to access, by id. */
  List<IndexedInstallation> installationsOf(long userId);

  /**
   * The repositories an installation can access, by full name; empty when unknown. This is the
   * app's own view: a user may reach only some of them, so answer users with {@link
   * InstallationAccess#repositories} instead.
   */
  List<IndexedRepository> repositories(long installationId);

  /** One installation, if indexed. */
  Optional<IndexedInstallation> installation(long installationId);

  /** Adds or replaces an installation, keeping its users and repositories. */
  void save(IndexedInstallation installation);

  /** Forgets an installation, its repositories and its users. */
  void delete(long installationId);

  /** Replaces an installation's repositories. */
  void replaceRepositories(long installationId, Collection<IndexedRepository> repositories);

  /** Adds {@code added} to and removes the ids in {@code removed} from an installation's list. */
  void updateRepositories(
      long installationId, Collection<IndexedRepository> added, Collection<Long> removed);

  /** Records that GitHub confirmed {@code userId} can access {@code installationId}. */
  void link(long userId, long installationId);

  /** Forgets every link of {@code userId}, e.g. after they revoked the app's authorization. */
  void unlinkUser(long userId);
}
