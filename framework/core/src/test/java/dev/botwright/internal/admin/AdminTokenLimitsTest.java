package dev.botwright.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.botwright.BotwrightConfigurationException;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The admin token cannot be short or guessed at line speed: a short one stops start-up, and wrong
 * ones from one address get 429 after the limit while another address still gets in.
 */
class AdminTokenLimitsTest {

  private static final String DELIVERIES = "/botwright/admin/deliveries";

  @Test
  void aShortTokenStopsStartUpWithoutEchoingIt() {
    assertThatThrownBy(
            () ->
                ApplicationContext.run(
                        EmbeddedServer.class,
                        Map.of(
                            "botwright.admin.token",
                            "hunter2-but-longer",
                            "botwright.reconcile.enabled",
                            "false"))
                    .close())
        .hasRootCauseInstanceOf(BotwrightConfigurationException.class)
        .rootCause()
        .hasMessage(
            "Botwright cannot start: botwright.admin.token (BOTWRIGHT_ADMIN_TOKEN) is 18"
                + " characters long: use at least 32 random characters, e.g. the output of"
                + " `openssl rand -hex 32`, or unset it to turn the admin API off.")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void aBruteForceGets429AndLocksOnlyItsOwnAddress() {
    try (AdminServer bot =
        new AdminServer(
            Map.of("botwright.admin.token", AdminServer.TOKEN, "botwright.test.journal", "true"))) {
      for (int i = 0; i < 10; i++) {
        assertThat(get(bot, "127.0.0.1", "Bearer guess-" + i)).startsWith("HTTP/1.1 401 ");
      }

      String eleventh = get(bot, "127.0.0.1", "Bearer guess-10");
      String rightTokenFromTheSameAddress = get(bot, "127.0.0.1", "Bearer " + AdminServer.TOKEN);
      String rightTokenFromAnotherAddress = get(bot, "127.0.0.2", "Bearer " + AdminServer.TOKEN);

      for (String locked : new String[] {eleventh, rightTokenFromTheSameAddress}) {
        assertThat(locked)
            .startsWith("HTTP/1.1 429 ")
            .containsPattern("(?i)\r\nRetry-After: ([1-9]|[1-5][0-9]|60)\r\n")
            .containsPattern(
                "\\{\"message\":\"too many wrong admin tokens from this address within a minute;"
                    + " try again in ([1-9]|[1-5][0-9]|60) seconds with the token from"
                    + " botwright.admin.token\"}")
            .doesNotContain("\"deliveries\"");
      }
      assertThat(rightTokenFromAnotherAddress)
          .startsWith("HTTP/1.1 200 ")
          .contains("\"deliveries\":[");
    }
  }

  @Test
  void aForeignOriginCannotReplayEvenWithTheToken() {
    try (AdminServer bot =
        new AdminServer(
            Map.of(
                "botwright.admin.token",
                AdminServer.TOKEN,
                "botwright.test.journal",
                "true",
                "botwright.setup.public-url",
                "https://bot.example.com"))) {
      String foreign = replay(bot, "https://attacker.example");
      String own = replay(bot, "https://bot.example.com");

      assertThat(foreign)
          .startsWith("HTTP/1.1 403 ")
          .contains(
              "{\"message\":\"This request was sent from Origin 'https://attacker.example', not"
                  + " from one of the bot's own pages, so it was refused and changed nothing."
                  + " Send it from the bot's own page, or from a script without an Origin header;"
                  + " if the bot is reached at another address, set botwright.setup.public-url"
                  + " (BOTWRIGHT_SETUP_PUBLIC_URL) to it.\"}");
      assertThat(own).startsWith("HTTP/1.1 202 ");
      assertThat(bot.bean(TestJournal.class).replayed).containsExactly("dead-1");
    }
  }

  /** POST replay of dead-1 with the right token through the public host, from {@code origin}. */
  private static String replay(AdminServer bot, String origin) {
    return send(
        bot,
        "127.0.0.1",
        "POST",
        DELIVERIES + "/dead-1/replay",
        "bot.example.com",
        "Bearer " + AdminServer.TOKEN,
        "Origin",
        origin);
  }

  private static String get(AdminServer bot, String from, String authorization) {
    return send(bot, from, "GET", DELIVERIES, "127.0.0.1:" + bot.server.getPort(), authorization);
  }

  /**
   * A request from the loopback address {@code from} (any of 127.0.0.0/8 on Linux), so two clients
   * on one machine have two addresses.
   */
  private static String send(
      AdminServer bot,
      String from,
      String method,
      String path,
      String host,
      String authorization,
      String... headers) {
    StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
    request.append("Host: ").append(host).append("\r\n");
    request.append("Authorization: ").append(authorization).append("\r\n");
    for (int i = 0; i < headers.length; i += 2) {
      request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    request.append("Content-Length: 0\r\nConnection: close\r\n\r\n");
    try (Socket socket =
        new Socket(
            InetAddress.getByName("127.0.0.1"),
            bot.server.getPort(),
            InetAddress.getByName(from),
            0)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
