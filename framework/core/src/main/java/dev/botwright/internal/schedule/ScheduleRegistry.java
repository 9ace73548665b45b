package dev.botwright.internal.schedule;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every {@code @OnSchedule} method of the application, registered at start-up. */
@Singleton
final class ScheduleRegistry {

  private final List<ScheduledMethod> schedules = new CopyOnWriteArrayList<>();

  void register(ScheduledMethod schedule) {
    schedules.add(schedule);
  }

  List<ScheduledMethod> all() {
    return List.copyOf(schedules);
  }

  Optional<ScheduledMethod> find(Class<?> beanType, String method) {
    return schedules.stream()
        .filter(s -> s.method().equals(method) && beanType.isAssignableFrom(s.beanType()))
        .findFirst();
  }
}
