package dev.botwright.codegen;

import dev.botwright.codegen.TypeRef.EnumRef;
import dev.botwright.codegen.TypeRef.Json;
import dev.botwright.codegen.TypeRef.ListRef;
import dev.botwright.codegen.TypeRef.MapRef;
import dev.botwright.codegen.TypeRef.ObjectRef;
import dev.botwright.codegen.TypeRef.Scalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes one Java source file per top-level type: records with the reader Botwright binds them
 * with, enums with a value for what GitHub adds later, and (through {@link EventEmitter}) the event
 * interfaces.
 */
final class JavaEmitter {

  /** A record component: its JSON and Java names, its type and whether it may be null. */
  record Component(FieldSpec field, String javaName, TypeRef type, boolean required) {}

  /** The accessors {@code WebhookEvent} declares, with their types. */
  private static final Map<String, String> INHERITED =
      Map.of(
          "sender", "User",
          "installation", "Installation",
          "repository", "Repository",
          "organization", "Organization");

  final String packageName;
  final String header;
  final ModelBuilder model;
  final Naming naming;
  final TypeTree tree;

  /** Extra members for a record, e.g. {@code User.isBot()}, already indented by two spaces. */
  final Map<String, String> extras;

  /** Per record: the interface it implements and the annotation it carries, if any. */
  final Map<String, String> implementsClause = new HashMap<>();

  final Map<String, String> annotations = new HashMap<>();
  private final Map<String, List<Component>> components = new HashMap<>();

  JavaEmitter(
      String packageName,
      String header,
      ModelBuilder model,
      Naming naming,
      Map<String, String> extras) {
    this.packageName = packageName;
    this.header = header;
    this.model = model;
    this.naming = naming;
    this.extras = extras;
    this.tree = new TypeTree(packageName);
    model.records.keySet().forEach(name -> tree.add(name, TypeTree.Kind.RECORD));
    usedEnums().forEach(key -> tree.add(key, TypeTree.Kind.ENUM));
  }

  /** Only the enums some field still uses (a merge may have turned one into a string). */
  private TreeSet<String> usedEnums() {
    TreeSet<String> used = new TreeSet<>();
    for (RecordSpec record : model.records.values()) {
      for (FieldSpec field : record.fields.values()) {
        collectEnums(field.type, used);
      }
    }
    return used;
  }

  private static void collectEnums(TypeRef type, TreeSet<String> into) {
    if (type instanceof EnumRef e) {
      into.add(e.key());
    } else if (type instanceof ListRef l) {
      collectEnums(l.item(), into);
    } else if (type instanceof MapRef m) {
      collectEnums(m.value(), into);
    }
  }

  List<Component> components(RecordSpec record) {
    return components.computeIfAbsent(
        record.name,
        n -> {
          List<Component> list = new ArrayList<>();
          Map<String, String> seen = new HashMap<>();
          for (FieldSpec field : record.sortedFields()) {
            TypeRef type =
                field.type == Json.NULL || field.type == Json.ANY ? Json.JSON : field.type;
            String javaName = naming.fieldName(field.jsonName, type == Scalar.BOOLEAN);
            String inherited = INHERITED.get(javaName);
            if (inherited != null
                && implementsClause.containsKey(record.name)
                && !(type instanceof ObjectRef o && o.name().equals(inherited))) {
              // WebhookEvent declares this accessor with another type: name it after its type.
              String simple = type instanceof ObjectRef o ? TypeTree.simpleName(o.name()) : "Value";
              javaName = Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
            }
            String clash = seen.put(javaName, field.jsonName);
            if (clash != null) {
              throw new IllegalStateException(
                  record.name
                      + ": '"
                      + clash
                      + "' and '"
                      + field.jsonName
                      + "' are both "
                      + javaName);
            }
            boolean required =
                record.required(field)
                    && !(type instanceof ListRef)
                    && !(type instanceof MapRef)
                    && type != Json.JSON;
            list.add(new Component(field, javaName, type, required));
          }
          return list;
        });
  }

  /** A file around a top-level type's source, with the imports it uses. */
  String file(String body, String top) {
    StringBuilder out = new StringBuilder();
    out.append(header).append('\n');
    out.append("package ").append(packageName).append(";\n\n");
    List<String> imports = new ArrayList<>();
    addImport(imports, body, "GitHubEvent", "dev.botwright.event.GitHubEvent");
    addImport(imports, body, "WebhookEvent", "dev.botwright.event.WebhookEvent");
    addImport(imports, body, "JsonInput", "dev.botwright.json.JsonInput");
    addImport(imports, body, "JsonNode", "io.micronaut.json.tree.JsonNode");
    addImport(imports, body, "Internal", "io.micronaut.core.annotation.Internal");
    addImport(imports, body, "IOException", "java.io.IOException");
    addImport(imports, body, "Instant", "java.time.Instant");
    addImport(imports, body, "List", "java.util.List");
    addImport(imports, body, "Map", "java.util.Map");
    addImport(imports, body, "Optional", "java.util.Optional");
    addImport(imports, body, "Set", "java.util.Set");
    addImport(imports, body, "Nullable", "org.jspecify.annotations.Nullable");
    imports.sort(String::compareTo);
    for (String name : imports) {
      if (!name.startsWith(packageName + ".")
          || name.substring(packageName.length() + 1).contains(".")) {
        out.append("import ").append(name).append(";\n");
      }
    }
    if (!imports.isEmpty()) {
      out.append('\n');
    }
    out.append(body);
    return out.toString();
  }

  private static void addImport(List<String> imports, String body, String simple, String name) {
    String code = body.replaceAll("(?m)^\\s*(/\\*\\*|\\*).*$", "");
    if (java.util.regex.Pattern.compile("(?<![\\w.\"])" + simple + "\\b").matcher(code).find()) {
      imports.add(name);
    }
  }

  void writeType(SourceWriter out, String name, String indent) {
    switch (tree.kind(name)) {
      case RECORD -> writeRecord(out, model.records.get(name), indent);
      case ENUM -> writeEnum(out, model.enums.get(name), indent);
      case INTERFACE -> throw new IllegalStateException("Interfaces are written by EventEmitter");
    }
  }

  void writeNested(SourceWriter out, String name, String indent) {
    for (String child : tree.children(name)) {
      out.blank();
      writeType(out, child, indent + "  ");
    }
  }

  void writeRecord(SourceWriter out, RecordSpec record, String indent) {
    List<Component> fields = components(record);
    out.javadocStart(indent);
    String summary = Javadoc.sentence(record.description);
    if (summary == null) {
      summary =
          record.eventKey != null
              ? "The payload of the {@code " + record.eventKey + "} webhook."
              : "{@code " + record.simpleName() + "}, as GitHub sends it.";
    }
    out.javadocText(indent, summary);
    if (!record.titles.isEmpty() && record.eventKey == null) {
      out.javadocBlank(indent);
      out.javadocText(
          indent,
          "<p>GitHub's schema calls it " + Javadoc.escape(String.join(", ", record.titles)) + ".");
    }
    if (!fields.isEmpty()) {
      out.javadocBlank(indent);
    }
    for (Component c : fields) {
      String text = Javadoc.sentence(c.field().description);
      out.javadocParam(
          indent,
          c.javaName(),
          "{@code " + c.field().jsonName + "}" + (text == null ? "" : ": " + text));
    }
    out.javadocEnd(indent);
    String annotation = annotations.get(record.name);
    if (annotation != null) {
      out.line(indent, annotation);
    }
    StringBuilder head = new StringBuilder("public record " + record.simpleName() + "(");
    if (fields.isEmpty()) {
      out.line(indent, head + ")" + implementsOf(record) + " {");
    } else {
      out.line(indent, head.toString());
      for (int i = 0; i < fields.size(); i++) {
        Component c = fields.get(i);
        String sep = i == fields.size() - 1 ? ")" : ",";
        out.line(indent + "    ", declaredType(c, record.name) + " " + c.javaName() + sep);
      }
      String impl = implementsOf(record);
      if (impl.isEmpty()) {
        out.appendToLast(" {");
      } else {
        out.line(indent + "    ", impl.trim() + " {");
      }
    }
    out.blank();
    writeReader(out, record, fields, indent + "  ");
    String extra = extras.get(record.name);
    if (extra != null) {
      out.blank();
      out.raw(extra.indent(indent.length() + 2));
    }
    writeNested(out, record.name, indent);
    out.line(indent, "}");
  }

  private String implementsOf(RecordSpec record) {
    String iface = implementsClause.get(record.name);
    return iface == null ? "" : " implements " + iface;
  }

  /** The component's type as declared, with {@code @Nullable} where it may be null. */
  String declaredType(Component c, String scope) {
    return javaType(c.type(), scope, c.required() ? null : "@Nullable", c.required());
  }

  String javaType(TypeRef type, String scope, String annotation, boolean primitive) {
    String prefix = annotation == null ? "" : annotation + " ";
    if (type instanceof Scalar s) {
      return prefix + (primitive ? s.primitive : s.boxed);
    }
    if (type instanceof EnumRef e) {
      return tree.spell(e.key(), scope, annotation);
    }
    if (type instanceof ObjectRef o) {
      return tree.spell(o.name(), scope, annotation);
    }
    if (type instanceof ListRef l) {
      return "List<" + javaType(l.item(), scope, null, false) + ">";
    }
    if (type instanceof MapRef m) {
      return "Map<String, " + javaType(m.value(), scope, null, false) + ">";
    }
    return prefix + "JsonNode";
  }

  /**
   * From this many components, a record's reader keeps what it has read in a small class instead of
   * locals: HotSpot's compilers refuse a method with a hundred locals and a constructor call that
   * long, and such a reader would run interpreted (Repository has over a hundred fields).
   */
  static final int LARGE = 40;

  private void writeReader(
      SourceWriter out, RecordSpec record, List<Component> fields, String indent) {
    String self = record.simpleName();
    boolean large = fields.size() >= LARGE;
    String ref = large ? "state." : "";
    out.line(indent, "static " + self + " read(JsonInput in) throws IOException {");
    String body = indent + "  ";
    if (large) {
      out.line(body, "ReadState state = new ReadState();");
    } else {
      declareFields(out, fields, record.name, body);
    }
    out.line(body, "while (in.nextField()) {");
    out.line(body + "  ", "switch (in.field()) {");
    String arm = body + "    ";
    for (Component c : fields) {
      String read = readExpression(c, record.name);
      if (flagged(c)) {
        out.line(arm, "case \"" + c.field().jsonName + "\" -> {");
        out.line(arm + "  ", ref + local(c) + " = " + read + ";");
        out.line(arm + "  ", ref + "has" + capital(local(c)) + " = true;");
        out.line(arm, "}");
      } else {
        String line =
            "case \"" + c.field().jsonName + "\" -> " + ref + local(c) + " = " + read + ";";
        out.line(arm, line);
      }
    }
    out.line(arm, "default -> in.skipValue();");
    out.line(body + "  ", "}");
    out.line(body, "}");
    if (large) {
      out.line(body, "return state.build(in);");
      out.line(indent, "}");
      out.blank();
      out.line(
          indent,
          "/** What {@link #read} has read so far; see the generator's JavaEmitter.LARGE. */");
      out.line(indent, "private static final class ReadState {");
      declareFields(out, fields, record.name, body);
      out.blank();
      out.line(body, self + " build(JsonInput in) {");
      construct(out, self, fields, body + "  ");
      out.line(body, "}");
      out.line(indent, "}");
    } else {
      construct(out, self, fields, body);
      out.line(indent, "}");
    }
  }

  /** A required number or flag needs a flag of its own to tell "absent" from zero or false. */
  private static boolean flagged(Component c) {
    return c.required()
        && c.type() instanceof Scalar s
        && s != Scalar.STRING
        && s != Scalar.INSTANT;
  }

  private void declareFields(
      SourceWriter out, List<Component> fields, String scope, String indent) {
    for (Component c : fields) {
      out.line(indent, localType(c, scope) + " " + local(c) + " = " + initial(c) + ";");
      if (flagged(c)) {
        out.line(indent, "boolean has" + capital(local(c)) + " = false;");
      }
    }
  }

  /** The checks of what the schema requires, then the record. */
  private static void construct(
      SourceWriter out, String self, List<Component> fields, String body) {
    for (Component c : fields) {
      if (!c.required()) {
        continue;
      }
      String absent = flagged(c) ? "!has" + capital(local(c)) : local(c) + " == null";
      out.line(body, "if (" + absent + ") {");
      out.line(body + "  ", "throw in.missing(\"" + c.field().jsonName + "\");");
      out.line(body, "}");
    }
    StringBuilder args = new StringBuilder();
    for (Component c : fields) {
      if (args.length() > 0) {
        args.append(", ");
      }
      args.append(local(c));
    }
    String call = "return new " + self + "(" + args + ");";
    if (body.length() + call.length() <= 100) {
      out.line(body, call);
    } else {
      out.line(body, "return new " + self + "(");
      for (int i = 0; i < fields.size(); i++) {
        out.line(body + "    ", local(fields.get(i)) + (i == fields.size() - 1 ? ");" : ","));
      }
    }
  }

  /** Locals are named after the component, clear of the reader's own {@code in}. */
  private static String local(Component c) {
    return c.javaName().equals("in") ? "inValue" : c.javaName();
  }

  private static String capital(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private String localType(Component c, String scope) {
    return javaType(c.type(), scope, null, c.required());
  }

  private static String initial(Component c) {
    TypeRef type = c.type();
    if (type instanceof ListRef) {
      return "List.of()";
    }
    if (type instanceof MapRef) {
      return "Map.of()";
    }
    if (c.required() && type instanceof Scalar s) {
      return switch (s) {
        case LONG -> "0";
        case DOUBLE -> "0";
        case BOOLEAN -> "false";
        default -> "null";
      };
    }
    return "null";
  }

  private String readExpression(Component c, String scope) {
    TypeRef type = c.type();
    boolean required = c.required();
    if (type instanceof Scalar s) {
      return switch (s) {
        case STRING -> required ? "in.requiredString()" : "in.string()";
        case LONG -> required ? "in.requiredLong()" : "in.optionalLong()";
        case DOUBLE -> required ? "in.requiredDouble()" : "in.optionalDouble()";
        case BOOLEAN -> required ? "in.requiredBoolean()" : "in.optionalBoolean()";
        case INSTANT -> required ? "in.requiredInstant()" : "in.instant()";
      };
    }
    if (type instanceof EnumRef e) {
      String name = tree.spell(e.key(), scope, null);
      return (required ? "in.requiredEnum(" : "in.enumValue(")
          + name
          + "::of, "
          + name
          + ".UNRECOGNIZED)";
    }
    if (type instanceof ObjectRef o) {
      String name = tree.spell(o.name(), scope, null);
      // Large records are the ones payloads repeat (a repository in base, head and the event):
      // with their class, the reader answers a byte-identical copy with the record read first.
      RecordSpec target = model.records.get(o.name());
      String shared = target != null && target.fields.size() >= LARGE ? name + ".class, " : "";
      return (required ? "in.requiredObject(" : "in.object(") + shared + name + "::read)";
    }
    if (type instanceof ListRef l) {
      return "in.list(" + valueReader(l.item(), scope) + ")";
    }
    if (type instanceof MapRef m) {
      return "in.map(" + valueReader(m.value(), scope) + ")";
    }
    return "in.tree()";
  }

  /** A {@code JsonInput.ValueReader} for a list item or map value; null items are dropped. */
  private String valueReader(TypeRef type, String scope) {
    if (type instanceof Scalar s) {
      return switch (s) {
        case STRING -> "JsonInput::string";
        case LONG -> "JsonInput::optionalLong";
        case DOUBLE -> "JsonInput::optionalDouble";
        case BOOLEAN -> "JsonInput::optionalBoolean";
        case INSTANT -> "JsonInput::instant";
      };
    }
    if (type instanceof EnumRef e) {
      String name = tree.spell(e.key(), scope, null);
      return "i -> i.enumValue(" + name + "::of, " + name + ".UNRECOGNIZED)";
    }
    if (type instanceof ObjectRef o) {
      return "i -> i.object(" + tree.spell(o.name(), scope, null) + "::read)";
    }
    if (type instanceof ListRef l) {
      return "i -> i.list("
          + valueReader(l.item(), scope).replace("i ->", "j ->").replace("i.", "j.")
          + ")";
    }
    if (type instanceof MapRef m) {
      return "i -> i.map("
          + valueReader(m.value(), scope).replace("i ->", "j ->").replace("i.", "j.")
          + ")";
    }
    return "JsonInput::tree";
  }

  void writeEnum(SourceWriter out, EnumSpec spec, String indent) {
    out.javadocStart(indent);
    String summary = Javadoc.sentence(spec.description);
    out.javadocText(
        indent,
        summary != null ? summary : "The values GitHub sends for {@code " + spec.property + "}.");
    out.javadocBlank(indent);
    out.javadocText(
        indent,
        "<p>{@link #UNRECOGNIZED} stands for a value GitHub added after this version of Botwright;"
            + " the raw payload still has it.");
    out.javadocEnd(indent);
    out.line(indent, "public enum " + spec.simpleName() + " {");
    String body = indent + "  ";
    Map<String, String> constants = new LinkedHashMap<>();
    for (String value : spec.values) {
      String constant = Naming.constant(value);
      while (constants.containsKey(constant) || constant.equals("UNRECOGNIZED")) {
        constant = constant + "_";
      }
      constants.put(constant, value);
    }
    for (Map.Entry<String, String> entry : constants.entrySet()) {
      out.line(body, "/** {@code " + Javadoc.escape(entry.getValue()) + "} */");
      out.line(body, entry.getKey() + "(\"" + entry.getValue().replace("\"", "\\\"") + "\"),");
    }
    out.line(body, "/** A value this version of Botwright does not know. */");
    out.line(body, "UNRECOGNIZED(null);");
    out.blank();
    out.line(body, "private final @Nullable String value;");
    out.blank();
    out.line(body, spec.simpleName() + "(@Nullable String value) {");
    out.line(body, "  this.value = value;");
    out.line(body, "}");
    out.blank();
    out.line(body, "/** GitHub's spelling of this value; null for {@link #UNRECOGNIZED}. */");
    out.line(body, "public @Nullable String value() {");
    out.line(body, "  return value;");
    out.line(body, "}");
    out.blank();
    out.line(body, "/** GitHub's spelling, or {@code UNRECOGNIZED}. */");
    out.line(body, "@Override");
    out.line(body, "public String toString() {");
    out.line(body, "  return value != null ? value : name();");
    out.line(body, "}");
    out.blank();
    out.line(body, "/** The constant for GitHub's spelling, or {@link #UNRECOGNIZED}. */");
    out.line(body, "public static " + spec.simpleName() + " of(String value) {");
    out.line(body, "  return switch (value) {");
    for (Map.Entry<String, String> entry : constants.entrySet()) {
      out.line(
          body,
          "    case \"" + entry.getValue().replace("\"", "\\\"") + "\" -> " + entry.getKey() + ";");
    }
    out.line(body, "    default -> UNRECOGNIZED;");
    out.line(body, "  };");
    out.line(body, "}");
    out.line(indent, "}");
  }
}
