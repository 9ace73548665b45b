package dev.botwright.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The generated types of one package as a tree (nested records and enums under their owner), and
 * how one type is spelled from inside another: by its simple name where Java resolves that name to
 * it, else qualified.
 */
final class TypeTree {

  /** Simple names the generated code uses from outside the package, which no type may shadow. */
  static final Set<String> RESERVED =
      Set.of(
          "String",
          "Long",
          "Double",
          "Boolean",
          "Object",
          "Override",
          "Deprecated",
          "IOException",
          "List",
          "Map",
          "Instant",
          "Nullable",
          "NullMarked",
          "JsonNode",
          "JsonInput",
          "GitHubEvent",
          "WebhookEvent",
          "Internal",
          "Optional",
          "Set",
          "Class",
          "Record",
          "Enum",
          "ReadState");

  TypeTree(String packageName) {
    this.packageName = packageName;
  }

  enum Kind {
    RECORD,
    ENUM,
    INTERFACE
  }

  private final String packageName;
  private final Map<String, Kind> kinds = new TreeMap<>();
  private final Map<String, List<String>> children = new TreeMap<>();

  void add(String name, Kind kind) {
    if (kinds.put(name, kind) != null) {
      throw new IllegalStateException("Two generated types are named " + name);
    }
    String simple = simpleName(name);
    if (RESERVED.contains(simple)) {
      throw new IllegalStateException(
          "The generated type "
              + name
              + " would hide "
              + simple
              + ", which generated code uses; rename it in the generator's naming table");
    }
    String parent = parent(name);
    children.computeIfAbsent(parent == null ? "" : parent, p -> new ArrayList<>()).add(name);
  }

  /** Checks that every nested type's owner exists and no nested type repeats an owner's name. */
  void check() {
    for (String name : kinds.keySet()) {
      String parent = parent(name);
      if (parent != null && !kinds.containsKey(parent)) {
        throw new IllegalStateException("Nested type " + name + " has no owner " + parent);
      }
      for (String p = parent; p != null; p = parent(p)) {
        if (simpleName(p).equals(simpleName(name))) {
          throw new IllegalStateException(
              "Nested type " + name + " has the name of its owner; Java does not allow it");
        }
      }
    }
  }

  Kind kind(String name) {
    return kinds.get(name);
  }

  boolean contains(String name) {
    return kinds.containsKey(name);
  }

  List<String> topLevel() {
    return children.getOrDefault("", List.of());
  }

  List<String> children(String name) {
    return children.getOrDefault(name, List.of());
  }

  /**
   * How to write {@code target} inside {@code scope} (a type's name, or null at the top level),
   * with a type-use annotation in the one place Java accepts it.
   */
  String spell(String target, String scope, String annotation) {
    String simple = simpleName(target);
    String prefix = annotation == null ? "" : annotation + " ";
    if (target.equals(resolve(simple, scope))) {
      return prefix + simple;
    }
    String parent = parent(target);
    if (parent == null) {
      // A nested type of the same name hides it: only the qualified name reaches it.
      return packageName + "." + prefix + simple;
    }
    return spell(parent, scope, null) + "." + prefix + simple;
  }

  private String resolve(String simple, String scope) {
    for (String s = scope; s != null; s = parent(s)) {
      if (simpleName(s).equals(simple)) {
        return s;
      }
      for (String child : children(s)) {
        if (simpleName(child).equals(simple)) {
          return child;
        }
      }
    }
    return kinds.containsKey(simple) ? simple : null;
  }

  static String simpleName(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  static String parent(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? null : name.substring(0, dot);
  }
}
