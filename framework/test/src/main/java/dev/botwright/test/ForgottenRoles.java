package dev.botwright.test;

import dev.botwright.internal.commands.CommenterPermissions;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Keeps a test's stubbed permissions from answering the next test: the bot remembers a commenter's
 * role for a minute, longer than a test lasts, so {@link FakeGitHub#reset()} makes every running
 * bot of the JVM forget them. Held weakly: a closed application's cache goes with it.
 */
@Singleton
final class ForgottenRoles implements BeanCreatedEventListener<CommenterPermissions> {

  private static final Set<CommenterPermissions> LIVE =
      Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  @Override
  public CommenterPermissions onCreated(BeanCreatedEvent<CommenterPermissions> event) {
    LIVE.add(event.getBean());
    return event.getBean();
  }

  static void forgetAll() {
    synchronized (LIVE) {
      LIVE.forEach(CommenterPermissions::clear);
    }
  }
}
