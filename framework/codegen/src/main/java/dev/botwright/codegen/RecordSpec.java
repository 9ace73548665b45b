package dev.botwright.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** A record: every object schema GitHub describes under one name, merged. */
final class RecordSpec {

  final String name;
  final Map<String, FieldSpec> fields = new LinkedHashMap<>();
  final TreeSet<String> titles = new TreeSet<>();

  /** Where the schemas it merges were found, e.g. {@code issues.opened: issue}; for the docs. */
  final TreeSet<String> seenAt = new TreeSet<>();

  int occurrences;

  /** Each occurrence's place, by index. */
  final List<String> places = new ArrayList<>();

  String description;

  /** The event key for a payload record, e.g. {@code issues.opened}; null for other records. */
  String eventKey;

  RecordSpec(String name) {
    this.name = name;
  }

  /** Whether the field is always present and never null. */
  boolean required(FieldSpec field) {
    return field.requiredCount == occurrences && !field.nullableSeen;
  }

  List<FieldSpec> sortedFields() {
    List<FieldSpec> sorted = new ArrayList<>(fields.values());
    sorted.sort((a, b) -> a.jsonName.compareTo(b.jsonName));
    return sorted;
  }

  String simpleName() {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /** The enclosing type's name for a nested record, else null. */
  String parent() {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? null : name.substring(0, dot);
  }
}
