package dev.botwright.codegen;

/**
 * One property of a record, merged over every schema the record stands for: its type is the widest
 * seen, and it is non-null only when every one of those schemas requires it and none allows {@code
 * null}.
 */
final class FieldSpec {

  final String jsonName;
  final String javaName;
  TypeRef type;
  int requiredCount;
  boolean nullableSeen;
  String description;

  /** The places (of {@link RecordSpec#places}) where the field is present and non-null for sure. */
  final java.util.Set<Integer> certainAt = new java.util.HashSet<>();

  FieldSpec(String jsonName, String javaName) {
    this.jsonName = jsonName;
    this.javaName = javaName;
  }
}
