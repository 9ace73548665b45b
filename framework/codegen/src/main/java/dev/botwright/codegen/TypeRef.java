package dev.botwright.codegen;

/** The Java type a schema becomes: a scalar, an enum, a record, a list, a map or raw JSON. */
sealed interface TypeRef
    permits TypeRef.Scalar,
        TypeRef.EnumRef,
        TypeRef.ObjectRef,
        TypeRef.ListRef,
        TypeRef.MapRef,
        TypeRef.Json {

  /** A JSON scalar and the Java type it is read as. */
  enum Scalar implements TypeRef {
    STRING("String", "String"),
    LONG("long", "Long"),
    DOUBLE("double", "Double"),
    BOOLEAN("boolean", "Boolean"),
    INSTANT("Instant", "Instant");

    final String primitive;
    final String boxed;

    Scalar(String primitive, String boxed) {
      this.primitive = primitive;
      this.boxed = boxed;
    }
  }

  /** An enum, by its key in the model (its Java name, possibly nested: {@code Issue.State}). */
  record EnumRef(String key) implements TypeRef {}

  /** A record, by its Java name (possibly nested: {@code IssuesEvent.Edited.Changes}). */
  record ObjectRef(String name) implements TypeRef {}

  /** A JSON array; null items are dropped when read. */
  record ListRef(TypeRef item) implements TypeRef {}

  /** A JSON object with free keys ({@code additionalProperties}). */
  record MapRef(TypeRef value) implements TypeRef {}

  /**
   * Raw JSON: {@code JSON} where the schemas disagree or allow several kinds, {@code ANY} where a
   * schema says nothing (a free-form object) and {@code NULL} where it allows only null. The last
   * two give way to any other type when schemas are merged.
   */
  enum Json implements TypeRef {
    JSON,
    ANY,
    NULL
  }
}
