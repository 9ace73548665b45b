package dev.botwright.test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * Bodies shaped like GitHub's, for the fake's default answers. Some hold WireMock template
 * expressions that fill in values from the request path.
 */
final class GitHubJson {

  static final String APP_SLUG = "botwright-test-app";
  private static final String CREATED = "2024-01-01T00:00:00Z";

  private GitHubJson() {}

  static String token() {
    return "{\"token\":\""
        + FakeGitHub.TOKEN_PREFIX
        + "{{request.pathSegments.[2]}}\",\"expires_at\":\"{{now offset='1 hours'}}\","
        + "\"permissions\":{},\"repository_selection\":\"all\"}";
  }

  static String app() {
    return """
        {"id":%s,"slug":"%s","node_id":"A_kwHOBotwright","name":"Botwright test app",\
        "owner":{"login":"octo-org","id":1,"type":"Organization"},\
        "description":"","external_url":"https://example.com",\
        "html_url":"https://github.com/apps/%s","created_at":"%s","updated_at":"%s",\
        "permissions":{"metadata":"read","issues":"write","pull_requests":"write",\
        "contents":"read","checks":"write"},\
        "events":["issues","issue_comment","pull_request"],"installations_count":1}"""
        .formatted(TestApp.APP_ID, APP_SLUG, APP_SLUG, CREATED, CREATED);
  }

  /** An installation on {@code account} with id {@link FakeGitHub#INSTALLATION_ID}. */
  static String installation(String account) {
    return installation(FakeGitHub.INSTALLATION_ID, account, null);
  }

  /**
   * An installation {@code id} on {@code account}, suspended at {@code suspendedAt} if not null.
   */
  static String installation(long id, String account, @Nullable String suspendedAt) {
    return """
        {"id":%d,"account":{"login":"%s","id":1,"type":"Organization"},\
        "app_id":%s,"app_slug":"%s","target_id":1,"target_type":"Organization",\
        "repository_selection":"all",\
        "access_tokens_url":"/app/installations/%d/access_tokens",\
        "permissions":{"metadata":"read","issues":"write","pull_requests":"write",\
        "contents":"read","checks":"write"},\
        "events":["issues","issue_comment","pull_request"],\
        "created_at":"%s","updated_at":"%s","suspended_at":%s}"""
        .formatted(
            id,
            account,
            TestApp.APP_ID,
            APP_SLUG,
            id,
            CREATED,
            CREATED,
            suspendedAt == null ? "null" : "\"" + suspendedAt + "\"");
  }

  /** A public repository {@code owner/name} whose default branch is {@code main}. */
  static String repository(String owner, String name) {
    return """
        {"id":1296269,"node_id":"MDEwOlJlcG9zaXRvcnkxMjk2MjY5","name":"%2$s",\
        "full_name":"%1$s/%2$s","private":false,\
        "owner":{"login":"%1$s","id":1,"type":"User","site_admin":false},\
        "html_url":"https://github.com/%1$s/%2$s","description":null,"fork":false,\
        "archived":false,"disabled":false,"visibility":"public","default_branch":"main",\
        "topics":[],"has_issues":true,"open_issues_count":0,\
        "permissions":{"admin":false,"maintain":false,"push":true,"triage":true,"pull":true},\
        "created_at":"%3$s","updated_at":"%3$s","pushed_at":"%3$s"}"""
        .formatted(owner, name, CREATED);
  }

  /**
   * GitHub's answer to {@code GET /repos/{owner}/{repo}/collaborators/{username}/permission}.
   *
   * @param permission the older field: {@code admin}, {@code write}, {@code read} or {@code none}
   * @param role the role, e.g. {@code maintain}
   */
  static String collaboratorPermission(String login, String permission, String role) {
    return """
        {"permission":"%2$s","role_name":"%3$s","user":{"login":"%1$s","id":583231,\
        "node_id":"MDQ6VXNlcjU4MzIzMQ==","avatar_url":"https://avatars.githubusercontent.com/u/583231",\
        "gravatar_id":"","url":"https://api.github.com/users/%1$s",\
        "html_url":"https://github.com/%1$s","followers_url":"https://api.github.com/users/%1$s/followers",\
        "following_url":"https://api.github.com/users/%1$s/following{/other_user}",\
        "gists_url":"https://api.github.com/users/%1$s/gists{/gist_id}",\
        "starred_url":"https://api.github.com/users/%1$s/starred{/owner}{/repo}",\
        "subscriptions_url":"https://api.github.com/users/%1$s/subscriptions",\
        "organizations_url":"https://api.github.com/users/%1$s/orgs",\
        "repos_url":"https://api.github.com/users/%1$s/repos",\
        "events_url":"https://api.github.com/users/%1$s/events{/privacy}",\
        "received_events_url":"https://api.github.com/users/%1$s/received_events",\
        "type":"User","site_admin":false,"role_name":"%3$s"}}"""
        .formatted(login, permission, role);
  }

  static String notFound() {
    return "{\"message\":\"Not Found\","
        + "\"documentation_url\":\"https://docs.github.com/rest\",\"status\":\"404\"}";
  }

  /**
   * A file's entry from {@code GET /repos/{owner}/{repo}/contents/{path}}: base64 content wrapped
   * every 60 characters, as GitHub sends it.
   */
  static String fileContents(String path, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    String encoded = Base64.getEncoder().encodeToString(bytes);
    StringBuilder wrapped = new StringBuilder();
    for (int i = 0; i < encoded.length(); i += 60) {
      wrapped.append(encoded, i, Math.min(encoded.length(), i + 60)).append("\\n");
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    return """
        {"type":"file","encoding":"base64","size":%d,"name":"%s","path":"%s",\
        "content":"%s","sha":"%s"}"""
        .formatted(bytes.length, name, path, wrapped, blobSha(bytes));
  }

  /** Git's blob id, so the sha is the one GitHub would report for this content. */
  private static String blobSha(byte[] bytes) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      sha1.update(("blob " + bytes.length + "\0").getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(sha1.digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is not available", e);
    }
  }
}
