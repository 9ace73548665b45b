package dev.botwright.internal.install;

/** GitHub's repository lists as the tests' fakes answer them: private repositories of octo-org. */
final class RepositoryJson {

  private RepositoryJson() {}

  /** {@code {"total_count": n, "repositories": [...]}}. */
  static String list(String... repositories) {
    return "{\"total_count\":"
        + repositories.length
        + ",\"repositories\":["
        + String.join(",", repositories)
        + "]}";
  }

  /** A private repository {@code octo-org/NAME}. */
  static String repository(long id, String name) {
    return "{\"id\":"
        + id
        + ",\"name\":\""
        + name
        + "\",\"full_name\":\"octo-org/"
        + name
        + "\",\"private\":true}";
  }
}
