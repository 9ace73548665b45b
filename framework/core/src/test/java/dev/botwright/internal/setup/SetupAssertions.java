package dev.botwright.internal.setup;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.botwright.internal.config.DotEnvFiles;
import io.jsonwebtoken.Jwts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

/** Checks shared by the HTTP and browser flow tests. */
final class SetupAssertions {

  private SetupAssertions() {}

  /** The file holds GitHub's answer, readable as Probot's .env, and only by its owner. */
  static void assertCredentialsFile(Path file, FakeGitHubApps github) throws IOException {
    Map<String, String> values = DotEnvFiles.read(file);
    assertThat(values)
        .containsEntry("APP_ID", FakeGitHubApps.APP_ID)
        .containsEntry("WEBHOOK_SECRET", FakeGitHubApps.WEBHOOK_SECRET)
        .containsEntry("GITHUB_CLIENT_ID", FakeGitHubApps.CLIENT_ID)
        .containsEntry("GITHUB_CLIENT_SECRET", FakeGitHubApps.CLIENT_SECRET)
        .containsEntry("GITHUB_APP_SLUG", FakeGitHubApps.SLUG)
        .containsEntry("GITHUB_APP_URL", github.url() + "/apps/" + FakeGitHubApps.SLUG)
        .containsEntry("PRIVATE_KEY", github.pem());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    try (var siblings = Files.list(file.getParent())) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .allSatisfy(name -> assertThat(name).doesNotContain(".tmp-"));
    }
  }

  /** The installation token was minted with a JWT signed by the key GitHub just issued. */
  static void assertTokenMintedWithTheNewKey(FakeGitHubApps github) {
    List<LoggedRequest> mints =
        github.server.findAll(postRequestedFor(urlPathMatching("/app/installations/.*")));
    assertThat(mints).isNotEmpty();
    String jwt = mints.get(0).getHeader("Authorization").substring("Bearer ".length());
    String issuer =
        Jwts.parser()
            .verifyWith(github.key.getPublic())
            .build()
            .parseSignedClaims(jwt)
            .getPayload()
            .getIssuer();
    assertThat(issuer).isEqualTo(FakeGitHubApps.CLIENT_ID);
  }
}
