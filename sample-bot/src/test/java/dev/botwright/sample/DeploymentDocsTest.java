package dev.botwright.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.config.DispatchConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Kubernetes and systemd examples of docs/deployment.md agree with the image and the bot: the
 * user, port and volume are the Dockerfile's, the probes ask paths the bot answers ({@link
 * HealthCheckPathTest} asks them), and the grace period outlasts the shutdown timeout. No cluster
 * runs here; the manifests are read as YAML.
 */
class DeploymentDocsTest {

  static final Path PAGE = Path.of("../docs/deployment.md");

  private final Dockerfile image = ContainerImageTest.read();
  private final Map<String, Object> pod = podSpec();
  private final Map<String, Object> container = map(list(pod.get("containers")).get(0));

  @Test
  void thePodRunsAsTheImagesUserWithTheJournalOnTheClaim() {
    String user = image.only("USER");
    Map<String, Object> security = map(pod.get("securityContext"));
    assertThat(security)
        .containsEntry("runAsNonRoot", true)
        .containsEntry("runAsUser", Integer.valueOf(user.substring(0, user.indexOf(':'))))
        .containsEntry("fsGroup", Integer.valueOf(user.substring(user.indexOf(':') + 1)));
    assertThat(list(container.get("volumeMounts")))
        .contains(Map.of("name", "state", "mountPath", image.only("VOLUME")));
    assertThat(list(pod.get("volumes")))
        .contains(
            Map.of("name", "state", "persistentVolumeClaim", Map.of("claimName", "my-bot-state")));
    assertThat(list(container.get("ports")))
        .containsExactly(
            Map.of("name", "http", "containerPort", Integer.valueOf(image.only("EXPOSE"))));
  }

  @Test
  void probesAskTheLivenessAndReadinessEndpoints() {
    assertThat(probePaths())
        .containsExactly("/health/liveness", "/health/liveness", "/health/readiness");
  }

  @Test
  void runningHandlersGetTheirShutdownTimeoutBeforeTheKill() {
    if (!(pod.get("terminationGracePeriodSeconds") instanceof Integer grace)) {
      throw new AssertionError("The Deployment sets no terminationGracePeriodSeconds");
    }
    assertThat((long) grace)
        .isGreaterThan(DispatchConfiguration.DEFAULT_SHUTDOWN_TIMEOUT.toSeconds());
    Matcher stop = Pattern.compile("\nTimeoutStopSec=(\\d+)\n").matcher(page());
    assertThat(stop.find()).isTrue();
    assertThat(Integer.parseInt(stop.group(1))).isEqualTo(grace);
  }

  /** The startup, liveness and readiness probes' paths, in that order. */
  static Stream<String> probePaths() {
    Map<String, Object> container = map(list(podSpec().get("containers")).get(0));
    List<String> paths = new ArrayList<>();
    for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
      paths.add((String) map(map(container.get(probe)).get("httpGet")).get("path"));
    }
    return paths.stream();
  }

  private static Map<String, Object> podSpec() {
    Matcher yaml = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(page());
    assertThat(yaml.find()).as("a yaml block in " + PAGE).isTrue();
    for (Object document : new Yaml().loadAll(yaml.group(1))) {
      Map<String, Object> manifest = map(document);
      if ("Deployment".equals(manifest.get("kind"))) {
        return map(map(map(manifest.get("spec")).get("template")).get("spec"));
      }
    }
    throw new AssertionError("No Deployment in the first yaml block of " + PAGE);
  }

  private static String page() {
    try {
      return Files.readString(PAGE);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(@Nullable Object value) {
    if (!(value instanceof Map<?, ?> map)) {
      throw new AssertionError("Expected a YAML mapping, found " + value);
    }
    return (Map<String, Object>) map;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(@Nullable Object value) {
    if (!(value instanceof List<?> list)) {
      throw new AssertionError("Expected a YAML sequence, found " + value);
    }
    return (List<Object>) list;
  }
}
