package dev.botwright.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DotEnvFileTest {

  @Test
  void readsProbotStyleFile() {
    String text =
        """
        # written by Probot's setup
        APP_ID=123
        export WEBHOOK_SECRET = 'single quoted # not a comment'
        GH_ORG=acme # trailing comment
        PRIVATE_KEY="-----BEGIN RSA PRIVATE KEY-----
        line1
        -----END RSA PRIVATE KEY-----"
        ESCAPED="a\\nb"
        =no key
        not a pair
        LAST=x""";

    var values = DotEnvFile.parse(text);

    assertThat(values)
        .containsEntry("APP_ID", "123")
        .containsEntry("WEBHOOK_SECRET", "single quoted # not a comment")
        .containsEntry("GH_ORG", "acme")
        .containsEntry(
            "PRIVATE_KEY", "-----BEGIN RSA PRIVATE KEY-----\nline1\n-----END RSA PRIVATE KEY-----")
        .containsEntry("ESCAPED", "a\nb")
        .containsEntry("LAST", "x")
        .hasSize(6);
  }

  @Test
  void missingFileMeansNoValues(@TempDir Path dir) {
    assertThat(DotEnvFile.read(dir.resolve(".env"))).isEmpty();
  }

  @Test
  void readsFile(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve(".env"), "APP_ID=7\n");
    assertThat(DotEnvFile.read(file)).containsEntry("APP_ID", "7");
  }
}
