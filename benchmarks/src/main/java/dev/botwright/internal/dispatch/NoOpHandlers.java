package dev.botwright.internal.dispatch;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.event.IssuesEvent;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

/**
 * The handlers {@link DispatchBenchmark} dispatches to: each does nothing with what it is given, so
 * the benchmark times the framework alone. One is switched on per context by {@code bench.handler}.
 */
final class NoOpHandlers {

  private NoOpHandlers() {}

  /** Where handlers put what they are given; volatile, so the JIT cannot drop the work. */
  static final class Sink {
    volatile Object value;
  }

  static final Sink SINK = new Sink();

  static void consume(Object value) {
    SINK.value = value;
  }

  /** Takes the typed payload: the body is read straight into the generated record, no tree. */
  @Singleton
  @Requires(property = "bench.handler", value = "typed")
  static class Typed {
    @OnEvent("issues.opened")
    void opened(IssuesEvent.Opened event, EventContext context) {
      consume(event);
    }
  }

  /** Takes the payload tree only: the body is parsed once, no typed model. */
  @Singleton
  @Requires(property = "bench.handler", value = "tree")
  static class Tree {
    @OnEvent("issues.opened")
    void opened(JsonNode payload) {
      consume(payload);
    }
  }

  /** Takes only the context and never reads the payload: pure dispatch overhead. */
  @Singleton
  @Requires(property = "bench.handler", value = "context")
  static class ContextOnly {
    @OnEvent("issues.opened")
    void opened(EventContext context) {
      consume(context);
    }
  }
}
