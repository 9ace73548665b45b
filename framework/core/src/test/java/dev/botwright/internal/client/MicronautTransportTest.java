package dev.botwright.internal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.botwright.internal.client.Transport.TransportException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The transport builds its HTTP client at the first request, not when the bean is made. */
class MicronautTransportTest {

  private final WireMockServer github =
      new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());

  @AfterEach
  void stop() {
    github.stop();
  }

  @Test
  void firstRequestCreatesTheClientAndLaterOnesReuseIt() {
    github.start();
    github.stubFor(get("/repos/o/r").willReturn(okJson("{\"id\":1}")));
    URI base = URI.create("http://127.0.0.1:" + github.port() + "/");
    try (MicronautTransport transport = new MicronautTransport(base, Duration.ofSeconds(30))) {
      for (int i = 0; i < 2; i++) {
        HttpExchange answer =
            transport.send("GET", base.resolve("/repos/o/r"), Map.of("X-Test", "1"), null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":1}");
      }
    }
    github.verify(2, getRequestedFor(urlEqualTo("/repos/o/r")));
  }

  @Test
  void closedBeforeAnyRequestRefusesToSendWithoutConnecting() {
    github.start();
    URI base = URI.create("http://127.0.0.1:" + github.port() + "/");
    MicronautTransport transport = new MicronautTransport(base, Duration.ofSeconds(30));
    transport.close();

    assertThatThrownBy(() -> transport.send("GET", base.resolve("/x"), Map.of(), null))
        .isInstanceOf(TransportException.class)
        .hasMessageContaining("closed");
    assertThat(github.getAllServeEvents()).isEmpty();
  }

  @Test
  void aBaseUrlThatIsNoUrlIsRefusedAtOnce() {
    assertThatThrownBy(
            () -> new MicronautTransport(URI.create("api.github.com/v3"), Duration.ofSeconds(30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'api.github.com/v3'")
        .hasMessageContaining("check botwright.github");
  }
}
