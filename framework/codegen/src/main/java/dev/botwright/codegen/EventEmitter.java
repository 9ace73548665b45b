package dev.botwright.codegen;

import dev.botwright.codegen.TypeRef.Scalar;
import dev.botwright.codegen.WebhookModel.Action;
import dev.botwright.codegen.WebhookModel.EventSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the webhook side of the model: a sealed interface per event with a record per action (plus
 * {@code Other} for actions GitHub adds later), a record per event without actions, and {@code
 * EventTypes}, which maps events to types and reads payloads.
 */
final class EventEmitter {

  private static final String OTHER = "Other";

  private final WebhookModel model;
  private final JavaEmitter java;

  /** Per sealed event: the fields every action has, as the interface declares them. */
  private final Map<String, List<JavaEmitter.Component>> common = new LinkedHashMap<>();

  private EventEmitter(WebhookModel model, JavaEmitter java) {
    this.model = model;
    this.java = java;
  }

  /** The emitter of the webhook model, with the {@code Other} records added. */
  static EventEmitter prepare(
      WebhookModel model, String header, Naming naming, Map<String, String> extras) {
    addOtherRecords(model);
    JavaEmitter java =
        new JavaEmitter("dev.botwright.event", header, model.builder, naming, extras);
    return new EventEmitter(model, java);
  }

  /** The Java side, for the reference pages; its names are settled once {@link #emitAll} ran. */
  JavaEmitter java() {
    return java;
  }

  /**
   * The record for an action GitHub adds after this version: it has the fields every known action
   * has, so a handler of the whole event still reads them.
   */
  private static void addOtherRecords(WebhookModel model) {
    for (EventSpec spec : model.events.values()) {
      if (!spec.sealed()) {
        continue;
      }
      List<RecordSpec> actions = actionRecords(model, spec);
      RecordSpec other = new RecordSpec(spec.typeName + "." + OTHER);
      other.occurrences = 1;
      other.description =
          "An action of the {@code "
              + spec.event
              + "} event that this version of Botwright does not know; it has the fields every"
              + " known action has.";
      for (FieldSpec field : actions.get(0).fields.values()) {
        FieldSpec shared = sharedField(actions, field.jsonName);
        if (shared != null) {
          other.fields.put(field.jsonName, shared);
        }
      }
      model.builder.records.put(other.name, other);
    }
  }

  /** The field as every action has it (required only if required in all), or null. */
  private static FieldSpec sharedField(List<RecordSpec> actions, String json) {
    FieldSpec merged = new FieldSpec(json, null);
    merged.requiredCount = 1;
    for (RecordSpec action : actions) {
      FieldSpec field = action.fields.get(json);
      if (field == null) {
        return null;
      }
      if (merged.type == null) {
        merged.type = field.type;
        merged.description = field.description;
      } else if (!merged.type.equals(field.type)) {
        return null;
      }
      boolean required = action.required(field);
      if (!required) {
        merged.nullableSeen = true;
      }
    }
    // A number or flag that some actions always have and others not would be a primitive in one
    // record and boxed in another; the interface cannot declare both.
    if (merged.type instanceof Scalar s && s != Scalar.STRING && s != Scalar.INSTANT) {
      boolean first = actions.get(0).required(actions.get(0).fields.get(json));
      for (RecordSpec action : actions) {
        if (action.required(action.fields.get(json)) != first) {
          return null;
        }
      }
    }
    return merged;
  }

  private static List<RecordSpec> actionRecords(WebhookModel model, EventSpec spec) {
    List<RecordSpec> records = new ArrayList<>();
    for (Action action : spec.actions) {
      records.add(model.builder.records.get(action.recordName()));
    }
    return records;
  }

  Map<String, String> emitAll() {
    for (EventSpec spec : model.events.values()) {
      if (spec.sealed()) {
        java.tree.add(spec.typeName, TypeTree.Kind.INTERFACE);
        for (Action action : spec.actions) {
          java.implementsClause.put(action.recordName(), spec.typeName);
          java.annotations.put(action.recordName(), "@GitHubEvent(\"" + action.key() + "\")");
        }
        java.implementsClause.put(spec.typeName + "." + OTHER, spec.typeName);
      } else {
        Action only = spec.actions.get(0);
        java.implementsClause.put(only.recordName(), "WebhookEvent");
        java.annotations.put(only.recordName(), "@GitHubEvent(\"" + spec.event + "\")");
      }
    }
    for (EventSpec spec : model.events.values()) {
      if (spec.sealed()) {
        RecordSpec other = model.builder.records.get(spec.typeName + "." + OTHER);
        common.put(spec.typeName, java.components(other));
      }
    }
    java.tree.check();
    Map<String, String> files = new LinkedHashMap<>();
    for (String top : java.tree.topLevel()) {
      SourceWriter out = new SourceWriter();
      if (java.tree.kind(top) == TypeTree.Kind.INTERFACE) {
        writeInterface(out, model.events.get(eventOf(top)));
      } else {
        java.writeType(out, top, "");
      }
      files.put("dev/botwright/event/" + top + ".java", java.file(out.toString(), top));
    }
    files.put("dev/botwright/event/EventTypes.java", java.file(eventTypes(), "EventTypes"));
    files.put("dev/botwright/event/Records.java", java.file(records(), "Records"));
    return files;
  }

  private String eventOf(String typeName) {
    for (EventSpec spec : model.events.values()) {
      if (spec.typeName.equals(typeName)) {
        return spec.event;
      }
    }
    throw new IllegalStateException("No event for " + typeName);
  }

  private void writeInterface(SourceWriter out, EventSpec spec) {
    String name = spec.typeName;
    out.javadocStart("");
    String summary = Javadoc.sentence(spec.summary);
    if (summary != null) {
      out.javadocText("", summary);
      String permission = Javadoc.permission(spec.summary);
      if (permission != null) {
        out.javadocText("", permission);
      }
      out.javadocBlank("");
    }
    out.javadocText(
        "",
        (summary != null ? "<p>" : "")
            + "The {@code "
            + spec.event
            + "} webhook event has one record per action. A handler of one action takes its record"
            + " (e.g. {@link "
            + TypeTree.simpleName(spec.actions.get(0).recordName())
            + "} for {@code "
            + spec.actions.get(0).key()
            + "}); a handler of several takes {@code "
            + name
            + "} and has the fields every action shares.");
    out.javadocBlank("");
    StringBuilder actions = new StringBuilder("<p>Actions:");
    for (int i = 0; i < spec.actions.size(); i++) {
      Action action = spec.actions.get(i);
      actions
          .append(i == 0 ? " " : ", ")
          .append("{@link ")
          .append(TypeTree.simpleName(action.recordName()))
          .append(' ')
          .append(action.action())
          .append('}');
    }
    actions.append(". {@link Other} holds an action GitHub adds later.");
    out.javadocText("", actions.toString());
    out.javadocEnd("");
    out.line("", "@GitHubEvent(\"" + spec.event + "\")");
    out.line("", "public sealed interface " + name + " extends WebhookEvent");
    List<String> permits = new ArrayList<>();
    spec.actions.forEach(a -> permits.add(a.recordName()));
    permits.add(name + "." + OTHER);
    for (int i = 0; i < permits.size(); i++) {
      String prefix = i == 0 ? "    permits " : "        ";
      String suffix = i == permits.size() - 1 ? " {" : ",";
      out.line("", prefix + permits.get(i) + suffix);
    }
    for (JavaEmitter.Component c : common.get(name)) {
      out.blank();
      String text = Javadoc.sentence(c.field().description);
      out.javadocStart("  ");
      out.javadocText(
          "  ",
          "{@code "
              + c.field().jsonName
              + "}"
              + (text == null ? "." : ": " + text)
              + (c.required() ? "" : " Null where an action may leave it out."));
      out.javadocEnd("  ");
      out.line("  ", java.declaredType(c, name) + " " + c.javaName() + "();");
    }
    java.writeNested(out, name, "");
    out.line("", "}");
  }

  /** The reader of every top-level record, for the client's typed requests. */
  private String records() {
    SourceWriter out = new SourceWriter();
    out.javadocStart("");
    out.javadocText(
        "",
        "Readers of the generated records, by type: what the GitHub client's typed requests read"
            + " answers with. Internal; a switch, so only the reader asked for is ever created.");
    out.javadocEnd("");
    out.line("", "@Internal");
    out.line("", "public final class Records {");
    out.blank();
    out.line("  ", "private Records() {}");
    out.blank();
    out.line("  ", "/** The reader of a generated record, or null for any other type. */");
    out.line("  ", "@SuppressWarnings(\"unchecked\")");
    out.line("  ", "public static <T> JsonInput.@Nullable Reader<T> reader(Class<T> type) {");
    out.line("  ", "  JsonInput.Reader<?> reader =");
    out.line("  ", "      switch (type.getName()) {");
    for (String top : java.tree.topLevel()) {
      if (java.tree.kind(top) == TypeTree.Kind.RECORD) {
        out.line(
            "  ",
            "        case \"dev.botwright.event."
                + top
                + "\" -> (JsonInput.Reader<"
                + top
                + ">) "
                + top
                + "::read;");
      }
    }
    out.line("  ", "        default -> null;");
    out.line("  ", "      };");
    out.line("  ", "  return (JsonInput.Reader<T>) reader;");
    out.line("  ", "}");
    out.line("", "}");
    return out.toString();
  }

  private String eventTypes() {
    SourceWriter out = new SourceWriter();
    out.javadocStart("");
    out.javadocText(
        "",
        "Which type models which webhook event, and reading a payload into it. Generated with"
            + " the records from GitHub's webhook descriptions: every event GitHub describes has"
            + " one.");
    out.javadocBlank("");
    out.javadocText("", "<pre>{@code");
    out.line("", " * WebhookEvent event = EventTypes.read(\"issues\", payloadBytes);");
    out.line("", " * if (event instanceof IssuesEvent.Opened opened) { ... }");
    out.line("", " * }</pre>");
    out.javadocEnd("");
    out.line("", "public final class EventTypes {");
    out.blank();
    out.line("  ", "private static final Map<String, Class<? extends WebhookEvent>> TYPES =");
    out.line("  ", "    Map.ofEntries(");
    List<EventSpec> specs = new ArrayList<>(model.events.values());
    for (int i = 0; i < specs.size(); i++) {
      EventSpec spec = specs.get(i);
      out.line(
          "  ",
          "        Map.entry(\""
              + spec.event
              + "\", "
              + spec.typeName
              + ".class)"
              + (i == specs.size() - 1 ? ");" : ","));
    }
    out.blank();
    out.line("  ", "private static final Map<String, Class<? extends WebhookEvent>> KEYS =");
    out.line("  ", "    Map.ofEntries(");
    List<String> keys = new ArrayList<>();
    for (EventSpec spec : specs) {
      for (Action action : spec.actions) {
        if (action.action() != null && !spec.freeAction) {
          keys.add("Map.entry(\"" + action.key() + "\", " + action.recordName() + ".class)");
        }
      }
    }
    for (int i = 0; i < keys.size(); i++) {
      out.line("  ", "        " + keys.get(i) + (i == keys.size() - 1 ? ");" : ","));
    }
    out.blank();
    out.line("  ", "private EventTypes() {}");
    out.blank();
    out.line("  ", "/**");
    out.line(
        "  ",
        " * The type that models an event: a sealed interface with a record per action, or"
            + " a record.");
    out.line("  ", " *");
    out.line(
        "  ",
        " * @param event the event name from {@code X-GitHub-Event}, e.g. {@code \"issues\"}");
    out.line(
        "  ",
        " * @return the type, e.g. {@code IssuesEvent.class}; empty for an event GitHub"
            + " added later");
    out.line("  ", " */");
    out.line("  ", "public static Optional<Class<? extends WebhookEvent>> of(String event) {");
    out.line("  ", "  return Optional.ofNullable(TYPES.get(event));");
    out.line("  ", "}");
    out.blank();
    out.line("  ", "/**");
    out.line(
        "  ",
        " * The record of one action, e.g. {@code IssuesEvent.Opened.class} for {@code"
            + " \"issues.opened\"}; for an");
    out.line("  ", " * event without actions, the same as {@link #of(String)}.");
    out.line("  ", " */");
    out.line(
        "  ", "public static Optional<Class<? extends WebhookEvent>> ofKey(String eventKey) {");
    out.line("  ", "  Class<? extends WebhookEvent> type = KEYS.get(eventKey);");
    out.line("  ", "  if (type != null) {");
    out.line("  ", "    return Optional.of(type);");
    out.line("  ", "  }");
    out.line("  ", "  Class<? extends WebhookEvent> whole = TYPES.get(eventKey);");
    out.line(
        "  ",
        "  return whole == null || whole.isInterface() ? Optional.empty() :"
            + " Optional.of(whole);");
    out.line("  ", "}");
    out.blank();
    out.line("  ", "/** The names of all events that have a type, e.g. {@code \"issues\"}. */");
    out.line("  ", "public static Set<String> events() {");
    out.line("  ", "  return TYPES.keySet();");
    out.line("  ", "}");
    out.blank();
    out.line("  ", "/**");
    out.line(
        "  ",
        " * Reads a payload into the record of its event and action, e.g. an {@code"
            + " IssuesEvent.Opened}. A");
    out.line(
        "  ",
        " * field GitHub may leave out is null when absent or unreadable (logged at DEBUG);"
            + " one it always");
    out.line("  ", " * sends fails the read.");
    out.line("  ", " *");
    out.line("  ", " * @param event the event name, e.g. {@code \"issues\"}");
    out.line("  ", " * @param payload the payload's JSON bytes");
    out.line("  ", " * @throws IllegalArgumentException for an event without a type");
    out.line(
        "  ",
        " * @throws dev.botwright.json.JsonBindingException naming the field that could"
            + " not be read");
    out.line("  ", " */");
    out.line("  ", "public static WebhookEvent read(String event, byte[] payload) {");
    out.line(
        "  ",
        "  return read(event, JsonInput.topLevelString(payload, \"action\"), payload," + " null);");
    out.line("  ", "}");
    out.blank();
    out.line("  ", "/**");
    out.line(
        "  ",
        " * {@link #read(String, byte[])} when the action is known, with the delivery id"
            + " for messages.");
    out.line("  ", " */");
    out.line("  ", "public static WebhookEvent read(");
    out.line(
        "  ",
        "    String event, @Nullable String action, byte[] payload, @Nullable String"
            + " deliveryId) {");
    out.line("  ", "  if (!TYPES.containsKey(event)) {");
    out.line("  ", "    throw new IllegalArgumentException(");
    out.line("  ", "        \"No type models the '\" + event + \"' event; read it as JSON\");");
    out.line("  ", "  }");
    out.line("  ", "  String key = action == null ? event : event + \".\" + action;");
    out.line(
        "  ",
        "  return JsonInput.read(payload, key, deliveryId, in -> read(event, action," + " in));");
    out.line("  ", "}");
    out.blank();
    out.line(
        "  ",
        "private static WebhookEvent read(String event, @Nullable String action,"
            + " JsonInput in)");
    out.line("  ", "    throws IOException {");
    out.line("  ", "  String act = action == null ? \"\" : action;");
    out.line("  ", "  return switch (event) {");
    for (EventSpec spec : specs) {
      if (spec.sealed()) {
        out.line("  ", "    case \"" + spec.event + "\" -> switch (act) {");
        for (Action action : spec.actions) {
          out.line(
              "  ",
              "      case \"" + action.action() + "\" -> " + action.recordName() + ".read(in);");
        }
        out.line("  ", "      default -> " + spec.typeName + "." + OTHER + ".read(in);");
        out.line("  ", "    };");
      } else {
        out.line(
            "  ",
            "    case \""
                + spec.event
                + "\" -> "
                + spec.actions.get(0).recordName()
                + ".read(in);");
      }
    }
    out.line("  ", "    default -> throw new IllegalArgumentException(\"No type for \" + event);");
    out.line("  ", "  };");
    out.line("  ", "}");
    out.line("", "}");
    String body = out.toString();
    return body;
  }
}
