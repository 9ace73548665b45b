package dev.botwright.internal.repoconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.botwright.github.GitHubClient;
import dev.botwright.github.GitHubResponse;
import dev.botwright.github.RepoRef;
import io.micronaut.json.tree.JsonNode;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ContentsReaderTest {

  private static final RepoRef REPO = new RepoRef("octo", "hello");
  private static final String PATH = ".github/my-bot.yml";

  private final ExecutorService threads = Executors.newFixedThreadPool(2);
  private final CountDownLatch asked = new CountDownLatch(1);
  private final CountDownLatch answer = new CountDownLatch(1);
  private final AtomicInteger requests = new AtomicInteger();

  @AfterEach
  void stopThreads() {
    answer.countDown();
    threads.shutdownNow();
  }

  @Test
  void concurrentReadsOfOneFileShareOneRequest() throws Exception {
    ContentsReader reader = reader();
    GitHubClient github = gitHub(() -> file("greeting: hi\n"));

    List<Future<Optional<String>>> reads = readTwiceAtOnce(reader, github);
    Future<Optional<String>> first = reads.get(0);
    Future<Optional<String>> waiting = reads.get(1);

    assertThat(first.get(10, TimeUnit.SECONDS)).contains("greeting: hi\n");
    assertThat(waiting.get(10, TimeUnit.SECONDS)).contains("greeting: hi\n");
    assertThat(requests).hasValue(1);
  }

  @Test
  void aFailedRequestFailsEveryReaderThatWaitedForIt() throws Exception {
    ContentsReader reader = reader();
    GitHubClient github =
        gitHub(
            () -> {
              throw new IllegalStateException("GitHub answered 502 to GET contents");
            });

    List<Future<Optional<String>>> reads = readTwiceAtOnce(reader, github);
    Future<Optional<String>> first = reads.get(0);
    Future<Optional<String>> waiting = reads.get(1);

    assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS))
        .hasRootCauseMessage("GitHub answered 502 to GET contents");
    assertThatThrownBy(() -> waiting.get(10, TimeUnit.SECONDS))
        .hasRootCauseMessage("GitHub answered 502 to GET contents");
    assertThat(requests).hasValue(1);
  }

  @Test
  void anotherInstallationNeverWaitsForOrSharesTheAnswer() throws Exception {
    ContentsReader reader = reader();
    answer.countDown();
    GitHubClient github = gitHub(() -> file("a: 1\n"));

    assertThat(reader.read(github, 1, REPO, PATH, null)).contains("a: 1\n");
    assertThat(reader.read(github, 2, REPO, PATH, null)).contains("a: 1\n");

    assertThat(requests).hasValue(2);
  }

  /**
   * Starts a read, and once its request is out a second read of the same file, which must be left
   * waiting before the request is answered.
   */
  private List<Future<Optional<String>>> readTwiceAtOnce(ContentsReader reader, GitHubClient github)
      throws InterruptedException {
    Future<Optional<String>> first = threads.submit(() -> reader.read(github, 1, REPO, PATH, null));
    assertThat(asked.await(10, TimeUnit.SECONDS)).isTrue();
    Thread[] second = new Thread[1];
    Future<Optional<String>> waiting =
        threads.submit(
            () -> {
              second[0] = Thread.currentThread();
              return reader.read(github, 1, REPO, PATH, null);
            });
    await().until(() -> second[0] != null && second[0].getState() == Thread.State.WAITING);
    answer.countDown();
    return List.of(first, waiting);
  }

  private static ContentsReader reader() {
    return new ContentsReader(
        new ConfigCache(100, 1_000_000), Clock.systemUTC(), Duration.ofMinutes(1));
  }

  private GitHubClient gitHub(Supplier<GitHubResponse> answers) {
    return (GitHubClient)
        Proxy.newProxyInstance(
            GitHubClient.class.getClassLoader(),
            new Class<?>[] {GitHubClient.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("request") || args.length != 2) {
                throw new UnsupportedOperationException(method.getName());
              }
              assertThat(args[0]).isEqualTo(ContentsReader.ROUTE);
              requests.incrementAndGet();
              asked.countDown();
              assertThat(answer.await(10, TimeUnit.SECONDS)).isTrue();
              return answers.get();
            });
  }

  private static GitHubResponse file(String text) {
    String content = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    JsonNode body =
        JsonNode.createObjectNode(
            Map.of(
                "type", JsonNode.createStringNode("file"),
                "encoding", JsonNode.createStringNode("base64"),
                "size", JsonNode.createNumberNode(text.length()),
                "content", JsonNode.createStringNode(content)));
    return new GitHubResponse(200, Map.of("etag", List.of("\"v1\"")), body);
  }
}
