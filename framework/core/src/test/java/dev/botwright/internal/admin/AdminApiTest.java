package dev.botwright.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdminApiTest {

  private static final String DELIVERIES = "/botwright/admin/deliveries";

  private static AdminServer bot;

  @BeforeAll
  static void start() {
    bot =
        new AdminServer(
            Map.of(
                "botwright.admin.token",
                AdminServer.TOKEN,
                "botwright.test.journal",
                "true",
                // The refusals below send 15 wrong tokens within the minute; AdminTokenLimitsTest
                // covers the default limit of 10.
                "botwright.admin.max-failures-per-address",
                "100"));
  }

  @AfterAll
  static void stop() {
    if (bot != null) {
      bot.close();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Bearer wrong-token",
        "Bearer s3cret-admin-token-for-tests-0123456789abcde",
        "Basic czNjcmV0LWFkbWluLXRva2VuLWZvci10ZXN0cy0wMTIzNDU2Nzg5YWJjZGVm",
        "s3cret-admin-token-for-tests-0123456789abcdef"
      })
  void refusesRequestsWithoutTheRightBearerToken(String authorization) {
    for (String[] route :
        new String[][] {
          {"GET", DELIVERIES},
          {"GET", DELIVERIES + "/dead-1"},
          {"POST", DELIVERIES + "/dead-1/replay"}
        }) {
      HttpResponse<String> response =
          bot.send(route[0], route[1], authorization.isEmpty() ? null : authorization);

      assertThat(response.statusCode()).as(route[0] + " " + route[1]).isEqualTo(401);
      assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
      assertThat(response.body())
          .isEqualTo(
              "{\"message\":\"send the admin token (botwright.admin.token) as 'Authorization:"
                  + " Bearer <token>'\"}")
          .doesNotContain("s3cret");
    }
    assertThat(bot.bean(TestJournal.class).replayed).doesNotContain("dead-1");
  }

  @Test
  void listsDeadDeliveriesNewestFirstWithoutPayloads() {
    HttpResponse<String> response = bot.get(DELIVERIES + "?state=dead&limit=50");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .startsWith("{\"state\":\"dead\",\"deliveries\":[{\"id\":\"dead-2\"")
        .contains("\"id\":\"dead-1\"", "\"errors\":[\"Greeter#greet: boom\"]")
        .doesNotContain("done-1", "queued-1", "payload", "body", "headers");
  }

  @Test
  void listDefaultsToDeadAndHonoursStateAndLimit() {
    assertThat(bot.get(DELIVERIES).body()).contains("dead-1", "dead-2");
    assertThat(bot.get(DELIVERIES + "?state=DONE").body())
        .contains("\"id\":\"done-1\"")
        .doesNotContain("dead-");
    assertThat(bot.get(DELIVERIES + "?state=dead&limit=1").body())
        .contains("dead-2")
        .doesNotContain("dead-1");
  }

  @Test
  void badStateOrLimitIsA400ThatSaysWhatToUse() {
    HttpResponse<String> state = bot.get(DELIVERIES + "?state=lost");
    assertThat(state.statusCode()).isEqualTo(400);
    assertThat(state.body())
        .isEqualTo(
            "{\"message\":\"state 'lost' is not a delivery state: use one of [received, running,"
                + " done, failed, dead]\"}");

    HttpResponse<String> limit = bot.get(DELIVERIES + "?limit=0");
    assertThat(limit.statusCode()).isEqualTo(400);
    assertThat(limit.body()).isEqualTo("{\"message\":\"limit 0 is out of range: use 1 to 500\"}");
  }

  @Test
  void showsOneDelivery() {
    HttpResponse<String> response = bot.get(DELIVERIES + "/dead-1");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains(
            "\"id\":\"dead-1\"",
            "\"event\":\"issues.opened\"",
            "\"installationId\":42",
            "\"state\":\"dead\"",
            "\"attempts\":5",
            "\"errors\":[\"Greeter#greet: boom\"]");
  }

  @Test
  void unknownDeliveryIsA404() {
    HttpResponse<String> show = bot.get(DELIVERIES + "/no-such-id");
    assertThat(show.statusCode()).isEqualTo(404);
    assertThat(show.body())
        .isEqualTo(
            "{\"message\":\"no delivery 'no-such-id' within the journal's retention; check the id"
                + " (X-GitHub-Delivery)\"}");

    HttpResponse<String> replay =
        bot.send("POST", DELIVERIES + "/no-such-id/replay", "Bearer " + AdminServer.TOKEN);
    assertThat(replay.statusCode()).isEqualTo(404);
  }

  @Test
  void replayQueuesADeadDeliveryAndLeavesAPendingOneAlone() {
    TestJournal journal = bot.bean(TestJournal.class);

    HttpResponse<String> queued =
        bot.send("POST", DELIVERIES + "/dead-2/replay", "Bearer " + AdminServer.TOKEN);
    assertThat(queued.statusCode()).isEqualTo(202);
    assertThat(queued.body()).isEqualTo("{\"id\":\"dead-2\",\"result\":\"queued\"}");
    assertThat(journal.replayed).contains("dead-2");

    HttpResponse<String> pending =
        bot.send("POST", DELIVERIES + "/queued-1/replay", "Bearer " + AdminServer.TOKEN);
    assertThat(pending.statusCode()).isEqualTo(409);
    assertThat(pending.body()).contains("already queued or running");
    assertThat(journal.replayed).doesNotContain("queued-1");
  }

  @Test
  void offWithoutAToken() {
    try (AdminServer off = new AdminServer(Map.of("botwright.test.journal", "true"))) {
      assertThat(off.get(DELIVERIES).statusCode()).isEqualTo(404);
      assertThat(off.send("POST", DELIVERIES + "/dead-1/replay", null).statusCode()).isEqualTo(404);
      assertThat(off.bean(TestJournal.class).replayed).isEmpty();
    }
  }

  @Test
  void answers501WithoutAJournalAndMovesWithItsPath() {
    try (AdminServer memory =
        new AdminServer(
            Map.of("botwright.admin.token", AdminServer.TOKEN, "botwright.admin.path", "/ops"))) {
      HttpResponse<String> response = memory.get("/ops/deliveries");

      assertThat(response.statusCode()).isEqualTo(501);
      assertThat(response.body()).contains("no journal in this mode");
      assertThat(memory.get(DELIVERIES).statusCode()).isEqualTo(404);
    }
  }
}
