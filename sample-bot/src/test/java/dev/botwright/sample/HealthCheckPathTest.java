package dev.botwright.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.test.BotTest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The health endpoints the deployment docs point at are ones the bot answers: the Dockerfile's
 * HEALTHCHECK path, and the probes of the Kubernetes example in docs/deployment.md.
 */
@BotTest
class HealthCheckPathTest {

  @Inject EmbeddedServer server;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theDockerfilesHealthCheckPathAnswersUp() throws Exception {
    String path = ContainerImageTest.healthPath(ContainerImageTest.read());
    assertThat(path).isEqualTo("/health");
    assertUp(path);
  }

  @ParameterizedTest
  @MethodSource("dev.botwright.sample.DeploymentDocsTest#probePaths")
  void theKubernetesProbePathsAnswerUp(String path) throws Exception {
    assertUp(path);
  }

  private void assertUp(String path) throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(server.getURL() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(path).isEqualTo(200);
    assertThat(answer.body()).as(path).isEqualTo("{\"status\":\"UP\"}");
  }
}
