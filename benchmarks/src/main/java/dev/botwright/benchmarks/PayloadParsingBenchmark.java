package dev.botwright.benchmarks;

import dev.botwright.event.IssuesEvent;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Reading a real 9.8 KB {@code issues.opened} payload with the framework's serde {@link
 * JsonMapper}. A handler that takes {@code IssuesEvent} pays {@link #bytesToTree} once per delivery
 * and {@link #treeToIssuesEvent} once per payload type (that is how the event context reads
 * payloads); {@link #bytesToIssuesEvent} is the direct path, for comparison. This is the largest
 * per-delivery cost on the worker thread before the handler's own work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PayloadParsingBenchmark {

  private ApplicationContext context;
  private JsonMapper mapper;
  private byte[] body;
  private JsonNode tree;

  /** Starts a context for the serde mapper the framework uses and parses the payload once. */
  @Setup
  public void setUp() throws IOException {
    context = BenchContext.start(Map.of());
    mapper = context.getBean(JsonMapper.class);
    body = Payloads.issuesOpened();
    tree = mapper.readValue(body, JsonNode.class);
    IssuesEvent event = mapper.readValue(body, IssuesEvent.class);
    if (event.issue() == null || tree.get("issue") == null) {
      throw new IllegalStateException("The issues.opened payload did not parse into an issue");
    }
  }

  /** Stops the context. */
  @TearDown
  public void tearDown() {
    context.close();
  }

  /** Bytes to a {@link JsonNode} tree: what {@code EventContext.payload()} does once. */
  @Benchmark
  public JsonNode bytesToTree() throws IOException {
    return mapper.readValue(body, JsonNode.class);
  }

  /**
   * A parsed tree to the typed model: what {@code EventContext.payload(IssuesEvent.class)} adds.
   */
  @Benchmark
  public IssuesEvent treeToIssuesEvent() throws IOException {
    return mapper.readValueFromTree(tree, IssuesEvent.class);
  }

  /** Bytes straight to the typed model, without the intermediate tree. */
  @Benchmark
  public IssuesEvent bytesToIssuesEvent() throws IOException {
    return mapper.readValue(body, IssuesEvent.class);
  }
}
