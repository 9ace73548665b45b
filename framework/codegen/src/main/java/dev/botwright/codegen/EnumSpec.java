package dev.botwright.codegen;

import java.util.LinkedHashSet;
import java.util.Set;

/** An enum of string values, the union over every schema that names it. */
final class EnumSpec {

  final String key;
  final Set<String> values = new LinkedHashSet<>();
  String description;

  /** The JSON property it was first found in, for its Javadoc. */
  String property;

  EnumSpec(String key) {
    this.key = key;
  }

  String simpleName() {
    return key.substring(key.lastIndexOf('.') + 1);
  }

  String parent() {
    int dot = key.lastIndexOf('.');
    return dot < 0 ? null : key.substring(0, dot);
  }
}
