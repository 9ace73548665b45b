package dev.botwright.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The {@code deliveries} command line against a running bot's admin API. */
class DeliveriesCommandTest {

  private static AdminServer bot;

  @BeforeAll
  static void start() {
    bot =
        new AdminServer(
            Map.of("botwright.admin.token", AdminServer.TOKEN, "botwright.test.journal", "true"));
  }

  @AfterAll
  static void stop() {
    if (bot != null) {
      bot.close();
    }
  }

  private record Run(int status, String out, String err) {}

  private Run runWithToken(String token, String... args) {
    Map<String, String> env = new HashMap<>();
    if (token != null) {
      env.put("BOTWRIGHT_ADMIN_TOKEN", token);
    }
    env.put("PORT", String.valueOf(bot.server.getPort()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        DeliveriesCommand.run(
            args,
            env,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Run run(String... args) {
    return runWithToken(AdminServer.TOKEN, args);
  }

  @Test
  void listsDeadDeliveriesFromThePortInTheEnvironment() {
    Run run = run("deliveries", "list");

    assertThat(run.status()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).startsWith("ID").contains("STATE", "EVENT", "ATTEMPTS");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).startsWith("dead-2").contains("dead", "issues.opened");
    assertThat(lines.get(2)).startsWith("dead-1");
  }

  @Test
  void listsAnotherStateAtAGivenUrl() {
    Run run = run("deliveries", "list", "--state", "done", "--url", bot.base() + "/");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("done-1").doesNotContain("dead-1");
    assertThat(run("deliveries", "list", "--state=running").out())
        .isEqualTo("No running deliveries.\n");
  }

  @Test
  void showsOneDelivery() {
    Run run = run("deliveries", "show", "dead-1");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .startsWith("Delivery dead-1\n")
        .contains("  event:        issues.opened\n", "  attempts:     5\n")
        .contains("  errors:\n    Greeter#greet: boom\n");
  }

  @Test
  void replaysADelivery() {
    Run run = run("deliveries", "replay", "dead-1");

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("Delivery dead-1 is queued again.\n");
    assertThat(bot.bean(TestJournal.class).replayed).contains("dead-1");
  }

  @Test
  void failuresExitNonZeroWithAShortReason() {
    Run missing = run("deliveries", "show", "nope");
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.err())
        .isEqualTo(
            "No delivery 'nope' within the journal's retention; check the id"
                + " (X-GitHub-Delivery) (404).\n");

    Run pending = run("deliveries", "replay", "queued-1");
    assertThat(pending.status()).isEqualTo(1);
    assertThat(pending.err()).contains("already queued or running");

    Run wrongToken = runWithToken("not-the-token", "deliveries", "list");
    assertThat(wrongToken.status()).isEqualTo(1);
    assertThat(wrongToken.err())
        .isEqualTo(
            "The bot refused the admin token (401): BOTWRIGHT_ADMIN_TOKEN must equal the bot's"
                + " botwright.admin.token.\n")
        .doesNotContain("not-the-token");
  }

  @Test
  void missingTokenOrBadUsageExitsWith2() {
    Run noToken = runWithToken(null, "deliveries", "list");
    assertThat(noToken.status()).isEqualTo(2);
    assertThat(noToken.err()).startsWith("BOTWRIGHT_ADMIN_TOKEN is not set");

    Run noAction = run("deliveries");
    assertThat(noAction.status()).isEqualTo(2);
    assertThat(noAction.err())
        .startsWith("Say what to do: list, show <id> or replay <id>.\nUsage:");

    Run noId = run("deliveries", "replay");
    assertThat(noId.status()).isEqualTo(2);
    assertThat(noId.err()).startsWith("replay needs exactly one delivery id.");

    assertThat(run("deliveries", "--help").out()).startsWith("Usage: deliveries list");
  }

  @Test
  void unreachableBotIsReported() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    Run run = run("deliveries", "list", "--url", "http://127.0.0.1:" + closedPort);

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err())
        .startsWith("Cannot reach the bot at http://127.0.0.1:" + closedPort)
        .endsWith("is it running? Give its address with --url.\n");
  }

  @Test
  void onlyDeliveriesArgumentsSelectTheCommand() {
    assertThat(DeliveriesCommand.matches("deliveries", "list")).isTrue();
    assertThat(DeliveriesCommand.matches()).isFalse();
    assertThat(DeliveriesCommand.matches("--port", "3000")).isFalse();
  }
}
