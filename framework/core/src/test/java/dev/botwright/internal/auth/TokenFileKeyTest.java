package dev.botwright.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.botwright.spi.InstallationTokenCache.Key;
import dev.botwright.spi.InstallationTokenCache.Token;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The token file's key is stretched with PBKDF2 and a per-file salt: someone holding the file can
 * neither open it with the former single-SHA-256 key nor try passphrases quickly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenFileKeyTest {

  private static final String TOKEN = "ghs_persistedtoken_secret_42";
  private static final String PASSPHRASE = "correct horse battery staple";
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  @TempDir Path dir;
  private ApplicationContext context;
  private JsonMapper json;

  @BeforeAll
  void start() {
    context = ApplicationContext.run();
    json = context.getBean(JsonMapper.class);
  }

  @AfterAll
  void stop() {
    context.close();
  }

  @Test
  void theFileHoldsItsSaltAndNoSha256DerivedKeyOpensIt() throws Exception {
    Path file = dir.resolve("store/tokens.json");
    cache(file, PASSPHRASE, TokenFileKey.ITERATIONS).put(Key.of(42), token());

    JsonNode header = json.readValue(Files.readAllBytes(file), JsonNode.class).get("key");
    assertThat(header.get("algorithm").getStringValue()).isEqualTo("PBKDF2WithHmacSHA256");
    assertThat(header.get("iterations").getIntValue()).isEqualTo(600_000);
    byte[] salt = Base64.getDecoder().decode(header.get("salt").getStringValue());
    assertThat(salt).hasSize(16);
    String sealed = sealedValue(file);
    assertThat(Files.readString(file)).doesNotContain(TOKEN).doesNotContain(PASSPHRASE);
    // The attack: the former derivation, and a plain SHA-256 of the passphrase, open nothing.
    assertThat(sha256Key("botwright-token-store:" + PASSPHRASE).decrypt(sealed, "42||{}"))
        .isEmpty();
    assertThat(sha256Key(PASSPHRASE).decrypt(sealed, "42||{}")).isEmpty();
    assertThat(
            new TokenFileKey("PBKDF2WithHmacSHA256", 600_000, header.get("salt").getStringValue())
                .derive(PASSPHRASE)
                .decrypt(sealed, "42||{}"))
        .contains(TOKEN);
    assertThat(mode(file)).isEqualTo("rw-------");
    assertThat(mode(file.getParent())).isEqualTo("rwx------");
    // Each file has its own salt.
    Path other = dir.resolve("other.json");
    cache(other, PASSPHRASE, 1_000).put(Key.of(42), token());
    assertThat(json.readValue(Files.readAllBytes(other), JsonNode.class).get("key").get("salt"))
        .isNotEqualTo(header.get("salt"));
  }

  @Test
  void aRestartWithTheSamePassphraseReusesTheTokens() {
    Path file = dir.resolve("restart.json");
    cache(file, PASSPHRASE, 1_000).put(Key.of(42), token());

    FileInstallationTokenCache restarted = cache(file, PASSPHRASE, 1_000);

    assertThat(restarted.get(Key.of(42))).contains(token());
  }

  @Test
  void aFileOfTheFormerFormatIsNotOpenedAndIsRewrittenWithASalt() throws Exception {
    Path file = dir.resolve("v1.json");
    String sealed = sha256Key("botwright-token-store:" + PASSPHRASE).encrypt(TOKEN, "42||{}");
    Files.writeString(
        file,
        "{\"version\":1,\"tokens\":[{\"installationId\":42,\"sealed\":\""
            + sealed
            + "\",\"expiresAt\":\"2026-01-01T01:00:00Z\",\"mintedAt\":\"2026-01-01T00:00:00Z\"}]}");

    List<String> warnings = new java.util.ArrayList<>();
    FileInstallationTokenCache cache = logged(warnings, () -> cache(file, PASSPHRASE, 1_000));

    assertThat(cache.size()).isZero();
    assertThat(warnings)
        .containsExactly(
            "The token file "
                + file
                + " is in the format of an earlier version (its key came from a single SHA-256 of"
                + " botwright.tokens.store-key); it is not opened, its tokens will be minted anew"
                + " and the file is rewritten with a PBKDF2-derived key.");
    cache.put(Key.of(43), token());
    JsonNode rewritten = json.readValue(Files.readAllBytes(file), JsonNode.class);
    assertThat(rewritten.get("version").getIntValue()).isEqualTo(2);
    assertThat(rewritten.get("key").get("salt").getStringValue()).isNotBlank();
  }

  @Test
  void aWrongPassphraseStartsEmptyAndSaysSoWithoutSecrets() {
    Path file = dir.resolve("wrong.json");
    cache(file, PASSPHRASE, 1_000).put(Key.of(42), token());

    List<String> warnings = new java.util.ArrayList<>();
    FileInstallationTokenCache cache =
        logged(warnings, () -> cache(file, "wrong passphrase", 1_000));

    assertThat(cache.size()).isZero();
    assertThat(warnings)
        .containsExactly(
            "1 tokens in "
                + file
                + " were sealed with another botwright.tokens.store-key; they will be minted"
                + " anew.");
    assertThat(String.join("\n", warnings))
        .doesNotContain(PASSPHRASE)
        .doesNotContain("wrong passphrase")
        .doesNotContain(TOKEN);
  }

  @Test
  void aHeaderAskingForAbsurdIterationsIsRefused() throws Exception {
    Path file = dir.resolve("slow.json");
    Files.writeString(
        file,
        "{\"version\":2,\"key\":{\"algorithm\":\"PBKDF2WithHmacSHA256\",\"iterations\":2000000000,"
            + "\"salt\":\"AAAAAAAAAAAAAAAAAAAAAA==\"},\"tokens\":[]}");

    List<String> warnings = new java.util.ArrayList<>();
    FileInstallationTokenCache cache = logged(warnings, () -> cache(file, PASSPHRASE, 1_000));

    assertThat(cache.size()).isZero();
    assertThat(warnings)
        .containsExactly(
            "The token file "
                + file
                + " names a key derivation this version does not accept"
                + " (PBKDF2WithHmacSHA256/2000000000); tokens will be minted anew.");
  }

  private FileInstallationTokenCache cache(Path file, String passphrase, int iterations) {
    return new FileInstallationTokenCache(
        file, 10, passphrase, iterations, json, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static Token token() {
    return new Token(TOKEN, NOW.plus(1, ChronoUnit.HOURS), NOW);
  }

  private String sealedValue(Path file) throws Exception {
    return json.readValue(Files.readAllBytes(file), JsonNode.class)
        .get("tokens")
        .get(0)
        .get("sealed")
        .getStringValue();
  }

  private static AesGcmKeyRing sha256Key(String text) throws Exception {
    return AesGcmKeyRing.of(
        MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static String mode(Path path) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  private static <T> T logged(List<String> warnings, java.util.function.Supplier<T> action) {
    Logger logger = (Logger) LoggerFactory.getLogger(FileInstallationTokenCache.class);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    try {
      return action.get();
    } finally {
      logger.detachAppender(appender);
      appender.list.forEach(e -> warnings.add(e.getFormattedMessage()));
    }
  }
}
