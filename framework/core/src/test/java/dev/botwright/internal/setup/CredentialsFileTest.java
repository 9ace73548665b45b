package dev.botwright.internal.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.botwright.internal.config.DotEnvFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsFileTest {

  @TempDir Path dir;

  private static final String PEM =
      "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\nAAAA==\n-----END RSA PRIVATE KEY-----\n";

  @Test
  void keepsOtherLinesAndCommentsAndReplacesKeysInPlace() throws Exception {
    Path file = dir.resolve(".env");
    Files.writeString(
        file,
        "# Botwright\nexport APP_ID=1\nPRIVATE_KEY=\"-----BEGIN RSA PRIVATE KEY-----\nold\n"
            + "-----END RSA PRIVATE KEY-----\"\nLOG_LEVEL=debug # noisy\n\n");
    Map<String, String> values = new LinkedHashMap<>();
    values.put("APP_ID", "42");
    values.put("PRIVATE_KEY", PEM);
    values.put("WEBHOOK_SECRET", "s3cr#t with spaces");

    CredentialsFile.write(file, values);

    assertThat(Files.readString(file))
        .isEqualTo(
            "# Botwright\nAPP_ID=42\nPRIVATE_KEY=\"-----BEGIN RSA PRIVATE KEY-----\\nMIIEow\\nAAAA=="
                + "\\n-----END RSA PRIVATE KEY-----\\n\"\nLOG_LEVEL=debug # noisy\n"
                + "WEBHOOK_SECRET=\"s3cr#t with spaces\"\n");
    assertThat(DotEnvFiles.read(file))
        .containsEntry("APP_ID", "42")
        .containsEntry("PRIVATE_KEY", PEM)
        .containsEntry("WEBHOOK_SECRET", "s3cr#t with spaces")
        .containsEntry("LOG_LEVEL", "debug");
  }

  @Test
  void createsTheFileReadableByItsOwnerOnlyAndLeavesNoTemporaryFile() throws Exception {
    Path file = dir.resolve("nested/credentials.env");

    CredentialsFile.write(file, Map.of("APP_ID", "7"));

    assertThat(Files.readString(file)).isEqualTo("APP_ID=7\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    try (var files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file.toAbsolutePath());
    }
  }

  @Test
  void quotesValuesSoTheyReadBackUnchanged() throws Exception {
    Path file = dir.resolve(".env");
    Map<String, String> values = new LinkedHashMap<>();
    values.put("A", "say \"hi\"");
    values.put("B", "it's");

    CredentialsFile.write(file, values);

    assertThat(DotEnvFiles.read(file)).containsEntry("A", "say \"hi\"").containsEntry("B", "it's");
    assertThatThrownBy(() -> CredentialsFile.quote("x\"y'z"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("x\"y'z");
  }
}
