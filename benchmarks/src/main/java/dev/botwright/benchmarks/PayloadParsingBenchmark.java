package dev.botwright.benchmarks;

import dev.botwright.benchmarks.baseline.IssuesEvent;
import dev.botwright.benchmarks.baseline.PullRequestEvent;
import dev.botwright.event.EventTypes;
import dev.botwright.event.WebhookEvent;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Binding a real payload to a typed model, the largest per-delivery cost on the worker thread
 * before the handler's own work: the generated records read by {@link EventTypes#read(String,
 * String, byte[], String)} (what a typed handler costs now) against micronaut-serde reading the
 * same bytes into the hand-written records of the {@code baseline} package (what it cost before).
 * {@link #bytesToTree} is the serde {@link JsonNode} tree, for reference.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PayloadParsingBenchmark {

  private static final String DELIVERY_ID = "72d3162e-cc78-11e3-81ab-4c9367dc0958";

  /**
   * The payload: the 9,781-byte {@code issues.opened} or the 24,261-byte {@code
   * pull_request.opened}.
   */
  @Param({"issues.opened", "pull_request.opened"})
  public String payload;

  private ApplicationContext context;
  private JsonMapper mapper;
  private byte[] body;
  private String event;
  private String action;
  private Class<?> handWritten;

  /**
   * Starts a context for the serde mapper the framework uses, and reads the payload once each way,
   * refusing to start when a way does not give the payload's number and title: a benchmark of a
   * failing read would measure nothing.
   */
  @Setup
  public void setUp() throws IOException {
    context = BenchContext.start(Map.of());
    mapper = context.getBean(JsonMapper.class);
    body = Payloads.resource(payload);
    event = payload.substring(0, payload.indexOf('.'));
    action = payload.substring(payload.indexOf('.') + 1);
    handWritten = event.equals("issues") ? IssuesEvent.class : PullRequestEvent.class;
    String expected =
        event.equals("issues")
            ? "1 Spelling error in the README file"
            : "2 Update the README with new information.";
    check("handWrittenSerde", expected, summary(handWrittenSerde()));
    check("generatedRecords", expected, summary(generatedRecords()));
    JsonNode subject = bytesToTree().get(event.equals("issues") ? "issue" : "pull_request");
    check(
        "bytesToTree",
        expected,
        subject == null
            ? "no " + event
            : subject.get("number").getIntValue() + " " + subject.get("title").getStringValue());
  }

  private static String summary(Object model) {
    if (model instanceof IssuesEvent e) {
      return e.issue().number() + " " + e.issue().title();
    }
    if (model instanceof PullRequestEvent e) {
      return e.pullRequest().number() + " " + e.pullRequest().title();
    }
    if (model instanceof dev.botwright.event.IssuesEvent.Opened e) {
      return e.issue().number() + " " + e.issue().title();
    }
    if (model instanceof dev.botwright.event.PullRequestEvent.Opened e) {
      return e.pullRequest().number() + " " + e.pullRequest().title();
    }
    return "a " + model.getClass().getName();
  }

  private void check(String way, String expected, String actual) {
    if (!expected.equals(actual)) {
      throw new IllegalStateException(
          way + " read the " + payload + " payload as '" + actual + "', not '" + expected + "'");
    }
  }

  /** Stops the context. */
  @TearDown
  public void tearDown() {
    context.close();
  }

  /**
   * Bytes to the hand-written record with the serde {@link JsonMapper}: Botwright until 80fe7fb.
   */
  @Benchmark
  public Object handWrittenSerde() throws IOException {
    return mapper.readValue(body, handWritten);
  }

  /** Bytes to the generated record of the event and action: what a typed handler costs now. */
  @Benchmark
  public WebhookEvent generatedRecords() {
    return EventTypes.read(event, action, body, DELIVERY_ID);
  }

  /** Bytes to a serde {@link JsonNode} tree: what {@code EventContext.payload()} does once. */
  @Benchmark
  public JsonNode bytesToTree() throws IOException {
    return mapper.readValue(body, JsonNode.class);
  }
}
