package dev.botwright.internal.dispatch;

import dev.botwright.benchmarks.BenchContext;
import dev.botwright.benchmarks.Payloads;
import dev.botwright.spi.Delivery;
import io.micronaut.context.ApplicationContext;
import java.time.Instant;
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
 * The worker-thread cost of one verified {@code issues.opened} delivery (the real 9.8 KB payload)
 * through the real {@link DefaultDeliveryProcessor} to a no-op handler: handler lookup, event
 * context, MDC, argument binding (parsing included), the invocation, recording the outcome and the
 * listeners. Called directly, not through the queue, so the score is per delivery on the calling
 * thread; it is what a bot pays per event before its own handler code runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DispatchBenchmark {

  /**
   * Which handler is registered: {@code typed} ({@code IssuesEvent.Opened, EventContext}), {@code
   * tree} ({@code JsonNode}) or {@code context} ({@code EventContext} only, payload never read).
   */
  @Param({"typed", "tree", "context"})
  public String handler;

  private ApplicationContext context;
  private DefaultDeliveryProcessor processor;
  private Delivery delivery;

  /** Starts a context with the chosen no-op handler and checks one delivery reaches it. */
  @Setup
  public void setUp() {
    context = BenchContext.start(Map.of("bench.handler", handler));
    processor = context.getBean(DefaultDeliveryProcessor.class);
    delivery =
        new Delivery(
            "72d3162e-cc78-11e3-81ab-4c9367dc0958",
            "issues",
            "opened",
            1,
            Map.of("X-GitHub-Event", "issues", "X-GitHub-Hook-ID", "1"),
            Payloads.issuesOpened(),
            Instant.now());
    NoOpHandlers.SINK.value = null;
    process();
    if (NoOpHandlers.SINK.value == null) {
      throw new IllegalStateException("The " + handler + " no-op handler was not called");
    }
  }

  /** Stops the context. */
  @TearDown
  public void tearDown() {
    context.close();
  }

  /** One delivery, start to finish, on this thread: intake's plan, then the one attempt. */
  @Benchmark
  public void process() {
    processor.process(
        delivery, processor.plan(delivery).orElseThrow(), DeliveryProcessor.Attempt.ONLY);
  }
}
