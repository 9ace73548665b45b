package dev.botwright.internal.client;

import dev.botwright.event.BranchWithProtection;
import dev.botwright.event.Commit;
import dev.botwright.event.ContentDirectory;
import dev.botwright.event.ContentFile;
import dev.botwright.event.FileCommit;
import dev.botwright.event.FullRepository;
import dev.botwright.event.GitReference;
import dev.botwright.event.Installation;
import dev.botwright.event.Records;
import dev.botwright.event.Release;
import dev.botwright.event.Repository;
import dev.botwright.event.RepositoryCollaboratorPermission;
import dev.botwright.event.SubmoduleContent;
import dev.botwright.event.SymlinkContent;
import dev.botwright.github.ContentEntry;
import dev.botwright.github.GitHubApiException;
import dev.botwright.github.GitHubClient;
import dev.botwright.github.RepoRef;
import dev.botwright.github.Repositories;
import dev.botwright.json.JsonInput;
import io.micronaut.json.tree.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** {@link Repositories} as thin calls of {@link GitHubClient#request}. */
final class DefaultRepositories implements Repositories {

  private static final String CONTENTS = "/repos/{owner}/{repo}/contents/{+path}";

  private final GitHubClient github;

  DefaultRepositories(GitHubClient github) {
    this.github = github;
  }

  @Override
  public FullRepository get(RepoRef repo) {
    return github.request("GET /repos/{owner}/{repo}", Params.of(repo).map(), FullRepository.class);
  }

  @Override
  public Optional<String> getContent(RepoRef repo, String path, @Nullable String ref) {
    // Only type, encoding and content are read, so a hand-written stub of a file is enough.
    return fetch(repo, path, ref).map(entry -> decode(repo, path, entry));
  }

  private static String decode(RepoRef repo, String path, JsonNode entry) {
    JsonNode type = entry.isObject() ? entry.get("type") : null;
    JsonNode content = entry.isObject() ? entry.get("content") : null;
    JsonNode encoding = entry.isObject() ? entry.get("encoding") : null;
    if (type == null || !"file".equals(type.coerceStringValue())) {
      throw notAFile(
          repo,
          path,
          entry.isArray() ? "directory" : type == null ? "?" : type.coerceStringValue());
    }
    if (content == null || encoding == null || !"base64".equals(encoding.coerceStringValue())) {
      throw new IllegalStateException(
          "'" + path + "' in " + repo + " is too large for the contents API (over 1 MB)");
    }
    byte[] bytes = Base64.getMimeDecoder().decode(content.getStringValue());
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public Optional<ContentFile> getFile(RepoRef repo, String path, @Nullable String ref) {
    return getContentEntry(repo, path, ref)
        .map(
            entry -> {
              if (entry instanceof ContentEntry.File file) {
                return file.file();
              }
              throw notAFile(repo, path, kind(entry));
            });
  }

  private static IllegalStateException notAFile(RepoRef repo, String path, String kind) {
    return new IllegalStateException(
        "'"
            + path
            + "' in "
            + repo
            + " is a "
            + kind
            + ", not a file; use getContentEntry to read it");
  }

  private static String kind(ContentEntry entry) {
    return entry instanceof ContentEntry.Directory
        ? "directory"
        : entry instanceof ContentEntry.Symlink ? "symlink" : "submodule";
  }

  @Override
  public Optional<ContentEntry> getContentEntry(RepoRef repo, String path, @Nullable String ref) {
    return fetch(repo, path, ref).map(body -> entry(repo, path, body));
  }

  private Optional<JsonNode> fetch(RepoRef repo, String path, @Nullable String ref) {
    try {
      return Optional.of(
          github
              .request("GET " + CONTENTS, Params.of(repo).put("path", path).put("ref", ref).map())
              .body());
    } catch (GitHubApiException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** Every record of the model has a reader; null would mean the generated table lost one. */
  private static <T> JsonInput.Reader<T> reader(Class<T> type) {
    return Objects.requireNonNull(Records.reader(type), type::getName);
  }

  private static ContentEntry entry(RepoRef repo, String path, JsonNode body) {
    String what = "answer of GET " + CONTENTS;
    byte[] bytes = JsonBodies.bytes(body);
    if (body.isArray()) {
      return new ContentEntry.Directory(
          JsonInput.readItems(bytes, what, reader(ContentDirectory.class)));
    }
    JsonNode type = body.isObject() ? body.get("type") : null;
    String kind = type == null ? "" : type.coerceStringValue();
    return switch (kind) {
      case "file" ->
          new ContentEntry.File(JsonInput.readAnswer(bytes, what, reader(ContentFile.class)));
      case "symlink" ->
          new ContentEntry.Symlink(JsonInput.readAnswer(bytes, what, reader(SymlinkContent.class)));
      case "submodule" ->
          new ContentEntry.Submodule(
              JsonInput.readAnswer(bytes, what, reader(SubmoduleContent.class)));
      default ->
          throw new IllegalStateException(
              "GitHub's contents API answered for '"
                  + path
                  + "' in "
                  + repo
                  + " with an entry of unknown type '"
                  + kind
                  + "'; read it with request(\"GET /repos/{owner}/{repo}/contents/{+path}\", ...)");
    };
  }

  @Override
  public FileCommit createOrUpdateFile(
      RepoRef repo,
      String path,
      String message,
      String content,
      @Nullable String sha,
      @Nullable String branch) {
    String encoded = Base64.getEncoder().encodeToString(content.getBytes(StandardCharsets.UTF_8));
    Params params =
        Params.of(repo)
            .put("path", path)
            .put("message", message)
            .put("content", encoded)
            .put("sha", sha)
            .put("branch", branch);
    return github.request("PUT " + CONTENTS, params.map(), FileCommit.class);
  }

  @Override
  public BranchWithProtection getBranch(RepoRef repo, String branch) {
    return github.request(
        "GET /repos/{owner}/{repo}/branches/{branch}",
        Params.of(repo).put("branch", branch).map(),
        BranchWithProtection.class);
  }

  @Override
  public GitReference createRef(RepoRef repo, String ref, String sha) {
    return github.request(
        "POST /repos/{owner}/{repo}/git/refs",
        Params.of(repo).put("ref", ref).put("sha", sha).map(),
        GitReference.class);
  }

  @Override
  public Commit getCommit(RepoRef repo, String ref) {
    return github.request(
        "GET /repos/{owner}/{repo}/commits/{ref}",
        Params.of(repo).put("ref", ref).map(),
        Commit.class);
  }

  @Override
  public Optional<Release> getLatestRelease(RepoRef repo) {
    try {
      return Optional.of(
          github.request(
              "GET /repos/{owner}/{repo}/releases/latest", Params.of(repo).map(), Release.class));
    } catch (GitHubApiException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  @Override
  public RepositoryCollaboratorPermission getCollaboratorPermission(RepoRef repo, String username) {
    return github.request(
        "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
        Params.of(repo).put("username", username).map(),
        RepositoryCollaboratorPermission.class);
  }

  @Override
  public Stream<Repository> listForInstallation() {
    return github.paginate("GET /installation/repositories", Map.of(), Repository.class);
  }

  @Override
  public Stream<Installation> listInstallations() {
    return github.paginate("GET /app/installations", Map.of(), Installation.class);
  }
}
