package dev.botwright.event;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Touches every field of a bound payload the way a handler would: calls every accessor of every
 * record, recursing into records, lists and maps, and every helper such as {@code isBot()}. A
 * component not marked {@code @Nullable} that returns null is a broken promise of the model.
 */
final class EveryField {

  private static final Set<String> OBJECT_METHODS = Set.of("toString", "hashCode");

  private final List<String> problems = new ArrayList<>();

  private EveryField() {}

  /**
   * What is wrong in {@code root}, each as {@code path: problem} (e.g. {@code issue.user: null, but
   * not @Nullable}); empty when every promise holds.
   */
  static List<String> problems(Object root) {
    EveryField walk = new EveryField();
    walk.visit(root, "");
    return walk.problems;
  }

  private void visit(Object value, String path) {
    if (value instanceof Record record) {
      record(record, path);
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        item(list.get(i), path + "[" + i + "]");
      }
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((key, item) -> item(item, path + "[" + key + "]"));
    }
  }

  private void item(@Nullable Object item, String path) {
    if (item == null) {
      problems.add(path + ": a null item");
    } else {
      visit(item, path);
    }
  }

  private void record(Record record, String path) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    for (RecordComponent component : components) {
      String at = path.isEmpty() ? component.getName() : path + "." + component.getName();
      Object value;
      try {
        value = component.getAccessor().invoke(record);
      } catch (IllegalAccessException | InvocationTargetException e) {
        problems.add(at + ": the accessor threw " + cause(e));
        continue;
      }
      if (value == null) {
        if (!component.getType().isPrimitive()
            && !component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
          problems.add(at + ": null, but not @Nullable");
        }
      } else {
        visit(value, at);
      }
    }
    helpers(record, path, components);
  }

  /** The record's own methods beyond its accessors, e.g. {@code isBot()} or {@code branch()}. */
  private void helpers(Record record, String path, RecordComponent[] components) {
    Set<String> accessors =
        Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
    for (Method method : record.getClass().getDeclaredMethods()) {
      int modifiers = method.getModifiers();
      if (!Modifier.isPublic(modifiers)
          || Modifier.isStatic(modifiers)
          || method.getParameterCount() > 0
          || accessors.contains(method.getName())
          || OBJECT_METHODS.contains(method.getName())) {
        continue;
      }
      try {
        method.invoke(record);
      } catch (IllegalAccessException | InvocationTargetException e) {
        String at = path.isEmpty() ? method.getName() : path + "." + method.getName();
        problems.add(at + "(): threw " + cause(e));
      }
    }
  }

  private static String cause(Exception e) {
    Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
    return cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }
}
