package dev.botwright.internal.queue;

import io.micronaut.core.annotation.Internal;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the dispatch workers: platform threads, or virtual threads when asked for and the runtime
 * has them. The code targets Java 17, so {@code Thread.ofVirtual()} is reached through a method
 * handle only when the running JVM is 21 or newer.
 */
@Internal
public final class WorkerThreads {

  private static final Logger LOG = LoggerFactory.getLogger(WorkerThreads.class);

  private WorkerThreads() {}

  /** Daemon threads named {@code prefix} and a number, virtual ones if asked and available. */
  public static ThreadFactory factory(String prefix, boolean virtual) {
    if (virtual) {
      if (Runtime.version().feature() >= 21) {
        ThreadFactory factory = virtualFactory(prefix);
        if (factory != null) {
          return factory;
        }
      } else {
        LOG.info(
            "botwright.dispatch.virtual-threads is set but Java {} has no virtual threads;"
                + " using platform threads",
            Runtime.version().feature());
      }
    }
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  private static @Nullable ThreadFactory virtualFactory(String prefix) {
    try {
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      Class<?> builderType = Class.forName("java.lang.Thread$Builder");
      Class<?> virtualType = Class.forName("java.lang.Thread$Builder$OfVirtual");
      MethodHandle ofVirtual =
          lookup.findStatic(Thread.class, "ofVirtual", MethodType.methodType(virtualType));
      MethodHandle name =
          lookup.findVirtual(
              virtualType, "name", MethodType.methodType(virtualType, String.class, long.class));
      MethodHandle factory =
          lookup.findVirtual(builderType, "factory", MethodType.methodType(ThreadFactory.class));
      Object builder = name.invoke(ofVirtual.invoke(), prefix, 1L);
      return (ThreadFactory) factory.invoke(builder);
    } catch (Throwable e) {
      LOG.warn("Virtual threads are unavailable ({}); using platform threads", e.toString());
      return null;
    }
  }
}
