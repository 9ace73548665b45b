package dev.botwright.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import dev.botwright.codegen.TypeRef.EnumRef;
import dev.botwright.codegen.TypeRef.Json;
import dev.botwright.codegen.TypeRef.ListRef;
import dev.botwright.codegen.TypeRef.MapRef;
import dev.botwright.codegen.TypeRef.ObjectRef;
import dev.botwright.codegen.TypeRef.Scalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Walks schemas and merges every object schema into the record its name gives (see {@link Naming}).
 * Merging is conservative: a field is non-null only when every schema of its record requires it and
 * none allows null, so the records never promise more than GitHub does.
 */
final class ModelBuilder {

  /** A schema's type, whether it may be null, and its description. */
  record Resolved(TypeRef type, boolean nullable, String description) {}

  /** Names an untitled object after the record and property it was found in. */
  record Hint(String owner, boolean nested, String property, boolean isItem) {

    Hint(String owner, boolean nested, String property) {
      this(owner, nested, property, false);
    }

    String name(Naming naming) {
      if (property.isEmpty()) {
        return naming.rename(owner);
      }
      String simple = Naming.pascal(property);
      if (nested) {
        // Java forbids a nested type named like one of its owners.
        for (String part : owner.split("\\.")) {
          if (part.equals(simple)) {
            simple = simple + "Details";
          }
        }
        return naming.rename(owner + "." + simple);
      }
      return naming.rename(owner + simple);
    }

    Hint forItem() {
      return new Hint(owner, nested, property.isEmpty() ? "" : Naming.singular(property), true);
    }
  }

  private Schemas schemas;
  private SchemaShapes shapes;
  private Naming naming;
  final Map<String, RecordSpec> records = new TreeMap<>();
  final Map<String, EnumSpec> enums = new TreeMap<>();

  /** Records whose untitled children are nested inside them (event payloads and their parts). */
  private final Set<String> nesting = new HashSet<>();

  private final Map<String, Resolved> components = new HashMap<>();

  /** What the merge had to widen or give up on, for the generator's report. */
  final Set<String> notes = new TreeSet<>();

  /** Records merged into another because GitHub uses them in the same place. */
  private final Map<String, String> recordAliases = new HashMap<>();

  private final Map<String, String> enumAliases = new HashMap<>();

  /** Per record, the fields some schema of it calls a URI template; they are left out. */
  private final Map<String, Set<String>> templates = new HashMap<>();

  /** Set while resolving a request-style variant whose occurrence says nothing of presence. */
  private boolean loose;

  /** A record that is a union of object shapes, to the names its variants would have had. */
  private final Map<String, Set<String>> unionVariants = new HashMap<>();

  /** Records named after where they were found rather than by GitHub; they give way in a merge. */
  private final Set<String> placeNamed = new HashSet<>();

  ModelBuilder(Schemas schemas, Naming naming) {
    this.schemas = schemas;
    this.shapes = new SchemaShapes(schemas);
    this.naming = naming;
  }

  /**
   * Continues with another document (the REST description after the webhooks one): its records
   * merge into the same names, so a REST answer and a payload share {@code Issue} or {@code User}.
   */
  void use(Schemas next, Naming nextNaming) {
    schemas = next;
    naming = nextNaming;
    shapes = new SchemaShapes(next);
    components.clear();
  }

  /**
   * Adds a root record (an event payload or a REST answer) with a fixed name.
   *
   * @param nested whether untitled objects inside it become nested types
   * @param forcedStrings properties read as plain strings whatever their schema (an event's {@code
   *     action})
   */
  RecordSpec addRoot(
      String name, JsonNode schema, boolean nested, Set<String> forcedStrings, String seenAt) {
    if (nested) {
      nesting.add(name);
    }
    JsonNode object = objectSchema(schema);
    List<JsonNode> variants = new ArrayList<>();
    object.path("oneOf").forEach(variants::add);
    object.path("anyOf").forEach(variants::add);
    RecordSpec record;
    if (variants.isEmpty()) {
      record = addOccurrence(name, object, forcedStrings, seenAt);
    } else {
      // A payload that is one of several shapes (a review requested of a user, or of a team) is
      // one record with each shape's fields.
      record = null;
      for (JsonNode variant : variants) {
        record = addOccurrence(name, objectSchema(variant), forcedStrings, seenAt);
      }
    }
    if (record.description == null) {
      record.description = text(object, "description");
    }
    return record;
  }

  Resolved resolve(JsonNode schema, Hint hint, String seenAt) {
    if (schema.has("$ref")) {
      String component = Schemas.refName(schema);
      Resolved known = components.get(component);
      if (known != null) {
        return known;
      }
      // What a shared component holds is named after the component, not the first place that
      // happens to reach it.
      String base = naming.recordName(null, component);
      Hint own = new Hint(base, false, "", hint.isItem());
      Resolved resolved = resolveSchema(schemas.component(component), component, own, seenAt);
      components.put(component, resolved);
      return resolved;
    }
    return resolveSchema(schema, null, hint, seenAt);
  }

  private Resolved resolveSchema(JsonNode node, String component, Hint hint, String seenAt) {
    Set<String> types = types(node);
    // OpenAPI 3.1 (the webhooks) says null with a type; 3.0 (the REST description) with nullable.
    boolean nullable =
        types.remove("null") || enumHasNull(node) || node.path("nullable").asBoolean(false);
    String description = text(node, "description");
    if (node.has("oneOf") || node.has("anyOf")) {
      return union(node, component, hint, seenAt, nullable, description);
    }
    if (types.isEmpty() && nullable && !node.has("properties") && !node.has("allOf")) {
      return new Resolved(Json.NULL, true, description);
    }
    if (node.has("allOf")) {
      Resolved merged = resolveSchema(mergeAllOf(node), component, hint, seenAt);
      return new Resolved(merged.type(), merged.nullable() || nullable, description);
    }
    if (types.contains("object") || node.has("properties")) {
      return new Resolved(object(node, component, hint, seenAt, nullable), nullable, description);
    }
    if (types.contains("array")) {
      JsonNode items = node.path("items");
      TypeRef item =
          items.isMissingNode() ? Json.JSON : resolve(items, hint.forItem(), seenAt).type();
      return new Resolved(new ListRef(item), nullable, description);
    }
    return new Resolved(scalar(node, types, component, hint), nullable, description);
  }

  private TypeRef scalar(JsonNode node, Set<String> types, String component, Hint hint) {
    if (types.size() > 1) {
      if (types.equals(Set.of("integer", "number"))) {
        return Scalar.DOUBLE;
      }
      if (types.equals(Set.of("integer", "string")) && hint.property().endsWith("_at")) {
        return Scalar.INSTANT;
      }
      notes.add("JSON for " + hint.owner() + "." + hint.property() + ": one of " + types);
      return Json.JSON;
    }
    String type = types.isEmpty() ? (node.has("enum") ? "string" : "") : types.iterator().next();
    switch (type) {
      case "string":
        if (node.has("enum") && hasNonNull(node.get("enum"))) {
          return enumRef(node, component, hint);
        }
        return "date-time".equals(text(node, "format")) ? Scalar.INSTANT : Scalar.STRING;
      case "integer":
        return Scalar.LONG;
      case "number":
        return Scalar.DOUBLE;
      case "boolean":
        return Scalar.BOOLEAN;
      default:
        return Json.ANY;
    }
  }

  private TypeRef enumRef(JsonNode node, String component, Hint hint) {
    String key =
        component != null
            ? Naming.pascal(component.replaceFirst("^webhooks?[_-]", ""))
            : hint.owner() + "." + Naming.pascal(hint.property());
    EnumSpec spec = enums.computeIfAbsent(key, EnumSpec::new);
    for (JsonNode value : node.get("enum")) {
      if (!value.isNull()) {
        spec.values.add(value.asText());
      }
    }
    if (spec.description == null) {
      spec.description = text(node, "description");
    }
    if (spec.property == null) {
      spec.property = hint.property();
    }
    return new EnumRef(key);
  }

  private TypeRef object(
      JsonNode node, String component, Hint hint, String seenAt, boolean nullable) {
    JsonNode properties = node.path("properties");
    if (properties.isEmpty()) {
      JsonNode additional = node.path("additionalProperties");
      if (additional.isObject() && !additional.isEmpty()) {
        return new MapRef(resolve(additional, hint.forItem(), seenAt).type());
      }
      return Json.ANY;
    }
    String name = naming.placeName(seenAt);
    if (name == null) {
      name = naming.recordName(text(node, "title"), component);
    } else if (name.isEmpty()) {
      name = null;
    }
    if (name == null) {
      name = hint.name(naming);
      placeNamed.add(name);
    }
    name = find(name);
    if (component != null) {
      components.put(component, new Resolved(new ObjectRef(name), nullable, null));
    }
    addOccurrence(name, node, Set.of(), seenAt);
    return new ObjectRef(name);
  }

  private RecordSpec addOccurrence(
      String wanted, JsonNode node, Set<String> forcedStrings, String seenAt) {
    String name = find(wanted);
    RecordSpec record = records.computeIfAbsent(name, RecordSpec::new);
    boolean counts = !loose;
    loose = false;
    if (nesting.contains(record.parent()) || nesting.contains(parentOf(name))) {
      nesting.add(name);
    }
    record.seenAt.add(seenAt);
    int place = counts ? record.places.size() : -1;
    if (counts) {
      record.occurrences++;
      record.places.add(seenAt);
    }
    String title = text(node, "title");
    if (title != null) {
      record.titles.add(title);
    }
    if (record.description == null) {
      record.description = text(node, "description");
    }
    Set<String> required = new HashSet<>();
    node.path("required").forEach(r -> required.add(r.asText()));
    boolean nested = nesting.contains(name);
    Iterator<Map.Entry<String, JsonNode>> properties = node.path("properties").fields();
    while (properties.hasNext()) {
      Map.Entry<String, JsonNode> property = properties.next();
      String json = property.getKey();
      if ("uri-template".equals(text(schemas.deref(property.getValue()), "format"))) {
        // A hypermedia template (archive_url: ".../{archive_format}{/ref}") is a link for a client
        // that follows URLs; Botwright's client calls routes and refuses absolute URLs. Where any
        // schema of a record calls a field a template, the record leaves it out (see finish()).
        templates.computeIfAbsent(name, n -> new HashSet<>()).add(json);
        continue;
      }
      FieldSpec field = record.fields.computeIfAbsent(json, j -> new FieldSpec(j, null));
      Resolved resolved;
      if (forcedStrings.contains(json)) {
        JsonNode schema = schemas.deref(property.getValue());
        resolved =
            new Resolved(
                Scalar.STRING, types(schema).contains("null"), text(schema, "description"));
      } else {
        resolved = resolve(property.getValue(), new Hint(name, nested, json), seenAt + "." + json);
      }
      field.type =
          field.type == null ? resolved.type() : merge(field.type, resolved.type(), name, json);
      field.nullableSeen |= resolved.nullable();
      if (required.contains(json) && counts) {
        field.requiredCount++;
        if (!resolved.nullable()) {
          field.certainAt.add(place);
        }
      }
      if (field.description == null) {
        field.description =
            resolved.description() != null
                ? resolved.description()
                : text(schemas.deref(property.getValue()), "description");
      }
    }
    return record;
  }

  private static String parentOf(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? null : name.substring(0, dot);
  }

  private Resolved union(
      JsonNode node,
      String component,
      Hint hint,
      String seenAt,
      boolean nullable,
      String description) {
    List<JsonNode> variants = new ArrayList<>();
    node.path("oneOf").forEach(variants::add);
    node.path("anyOf").forEach(variants::add);
    List<JsonNode> present = new ArrayList<>();
    for (JsonNode variant : variants) {
      if (isNullSchema(schemas.deref(variant))) {
        nullable = true;
      } else {
        present.add(variant);
      }
    }
    if (present.isEmpty()) {
      return new Resolved(Json.JSON, true, description);
    }
    if (present.size() == 1) {
      Resolved only = resolve(present.get(0), hint, seenAt);
      return new Resolved(
          only.type(),
          only.nullable() || nullable,
          description != null ? description : only.description());
    }
    List<JsonNode> objects =
        present.stream().filter(v -> isObjectSchema(schemas.deref(v))).toList();
    if (hint.isItem() && !objects.isEmpty() && objects.size() < present.size()) {
      // GitHub's request schemas accept a name or an object (labels: "bug" or {"name": "bug"});
      // what GitHub sends is the object.
      notes.add("object variants only for " + hint.owner() + "." + hint.property());
      present = objects;
      if (present.size() == 1) {
        // Such a request schema often lists no required fields at all: it adds the fields, but
        // says nothing about what GitHub's answers always carry.
        loose = !schemas.deref(present.get(0)).has("required");
        Resolved only = resolve(present.get(0), hint, seenAt);
        loose = false;
        return new Resolved(only.type(), only.nullable() || nullable, description);
      }
    }
    boolean allObjects = present.stream().allMatch(v -> isObjectSchema(schemas.deref(v)));
    if (allObjects) {
      // A union of object shapes is one record with every variant's fields: a field is non-null
      // only where every variant requires it (usually just the discriminator).
      String name = naming.recordName(text(node, "title"), component);
      if (name == null) {
        String firstTitle = text(schemas.deref(present.get(0)), "title");
        name = hint.name(naming);
        placeNamed.add(name);
        if (firstTitle == null) {
          notes.add("union named from its place: " + name);
        }
      }
      name = find(name);
      if (component != null) {
        components.put(component, new Resolved(new ObjectRef(name), nullable, description));
      }
      Set<String> variantNames = unionVariants.computeIfAbsent(name, n -> new HashSet<>());
      for (JsonNode variant : present) {
        JsonNode shape = objectSchema(variant);
        String variantName =
            naming.recordName(
                text(shape, "title"), variant.has("$ref") ? Schemas.refName(variant) : null);
        if (variantName != null) {
          variantNames.add(variantName);
        }
        addOccurrence(name, shape, Set.of(), seenAt);
      }
      return new Resolved(new ObjectRef(name), nullable, description);
    }
    TypeRef type = null;
    for (JsonNode variant : present) {
      TypeRef next = resolve(variant, hint, seenAt).type();
      type = type == null ? next : merge(type, next, hint.owner(), hint.property());
    }
    return new Resolved(type, nullable, description);
  }

  private JsonNode objectSchema(JsonNode schema) {
    return shapes.objectSchema(schema);
  }

  private JsonNode mergeAllOf(JsonNode node) {
    return shapes.mergeAllOf(node);
  }

  private TypeRef merge(TypeRef a, TypeRef b, String owner, String property) {
    a = canonical(a);
    b = canonical(b);
    if (a.equals(b)) {
      return a;
    }
    String where = owner + "." + property;
    if (a == Json.NULL || a == Json.ANY && !(b instanceof Scalar)) {
      return b;
    }
    if (b == Json.NULL || b == Json.ANY && !(a instanceof Scalar)) {
      return a;
    }
    if (a instanceof ListRef la && b instanceof ListRef lb) {
      return new ListRef(merge(la.item(), lb.item(), owner, property));
    }
    if (a instanceof MapRef ma && b instanceof MapRef mb) {
      return new MapRef(merge(ma.value(), mb.value(), owner, property));
    }
    if (a instanceof ObjectRef oa && b instanceof ObjectRef ob) {
      return new ObjectRef(mergeRecords(oa.name(), ob.name(), where));
    }
    if (a instanceof EnumRef ea && b instanceof EnumRef eb) {
      return new EnumRef(mergeEnums(ea.key(), eb.key()));
    }
    if (a instanceof EnumRef && b == Scalar.STRING) {
      notes.add("enum kept for " + where + " though one schema allows any string");
      return a;
    }
    if (b instanceof EnumRef && a == Scalar.STRING) {
      notes.add("enum kept for " + where + " though one schema allows any string");
      return b;
    }
    if (a instanceof Scalar sa && b instanceof Scalar sb) {
      Set<Scalar> both = Set.of(sa, sb);
      if (both.equals(Set.of(Scalar.LONG, Scalar.DOUBLE))) {
        return Scalar.DOUBLE;
      }
      if (both.equals(Set.of(Scalar.LONG, Scalar.INSTANT))) {
        return Scalar.INSTANT;
      }
      if (both.equals(Set.of(Scalar.STRING, Scalar.INSTANT))) {
        // Some of GitHub's schemas leave out the date-time format of the same timestamp.
        notes.add("timestamp kept for " + where + " though one schema gives no format");
        return Scalar.INSTANT;
      }
    }
    notes.add("JSON for " + where + ": " + describe(a) + " or " + describe(b));
    return Json.JSON;
  }

  private static String describe(TypeRef type) {
    if (type instanceof ObjectRef o) {
      return o.name();
    }
    if (type instanceof EnumRef e) {
      return "enum " + e.key();
    }
    if (type instanceof ListRef l) {
      return "list of " + describe(l.item());
    }
    if (type instanceof MapRef m) {
      return "map of " + describe(m.value());
    }
    return type.toString();
  }

  /**
   * Two records met in one place: GitHub uses them for the same thing, so they become one. The
   * record GitHub named wins over one named after its place, then the shorter name.
   */
  private String mergeRecords(String a, String b, String where) {
    String ra = find(a);
    String rb = find(b);
    if (ra.equals(rb)) {
      return ra;
    }
    // A union (a user or a team) holds each of its variants without becoming one of them.
    if (unionVariants.getOrDefault(ra, Set.of()).contains(rb)) {
      return ra;
    }
    if (unionVariants.getOrDefault(rb, Set.of()).contains(ra)) {
      return rb;
    }
    boolean aPlace = placeNamed.contains(ra);
    boolean bPlace = placeNamed.contains(rb);
    String winner;
    if (aPlace != bPlace) {
      winner = aPlace ? rb : ra;
    } else if (ra.length() != rb.length()) {
      winner = ra.length() < rb.length() ? ra : rb;
    } else {
      winner = ra.compareTo(rb) < 0 ? ra : rb;
    }
    String loser = winner.equals(ra) ? rb : ra;
    notes.add("merged " + loser + " into " + winner + " (met at " + where + ")");
    recordAliases.put(loser, winner);
    RecordSpec into = records.computeIfAbsent(winner, RecordSpec::new);
    RecordSpec from = records.remove(loser);
    if (from != null) {
      int offset = into.places.size();
      into.places.addAll(from.places);
      into.occurrences += from.occurrences;
      into.titles.addAll(from.titles);
      into.seenAt.addAll(from.seenAt);
      if (into.description == null) {
        into.description = from.description;
      }
      for (FieldSpec field : from.fields.values()) {
        FieldSpec existing = into.fields.get(field.jsonName);
        if (existing == null) {
          Set<Integer> shifted = new HashSet<>();
          field.certainAt.forEach(i -> shifted.add(i + offset));
          field.certainAt.clear();
          field.certainAt.addAll(shifted);
          into.fields.put(field.jsonName, field);
        } else {
          field.certainAt.forEach(i -> existing.certainAt.add(i + offset));
          existing.type = merge(existing.type, field.type, winner, field.jsonName);
          existing.requiredCount += field.requiredCount;
          existing.nullableSeen |= field.nullableSeen;
          if (existing.description == null) {
            existing.description = field.description;
          }
        }
      }
    }
    return winner;
  }

  private String mergeEnums(String a, String b) {
    String ra = findEnum(a);
    String rb = findEnum(b);
    if (ra.equals(rb)) {
      return ra;
    }
    // A top-level (component) enum wins over one nested in a record.
    String winner =
        ra.contains(".") == rb.contains(".")
            ? (ra.compareTo(rb) < 0 ? ra : rb)
            : (ra.contains(".") ? rb : ra);
    String loser = winner.equals(ra) ? rb : ra;
    enumAliases.put(loser, winner);
    EnumSpec from = enums.remove(loser);
    if (from != null) {
      enums.get(winner).values.addAll(from.values);
    }
    return winner;
  }

  String find(String record) {
    String current = record;
    int steps = 0;
    while (recordAliases.containsKey(current)) {
      current = recordAliases.get(current);
      if (++steps > 1000) {
        throw new IllegalStateException("Records merged in a circle at " + record);
      }
    }
    return current;
  }

  private String findEnum(String key) {
    String current = key;
    int steps = 0;
    while (enumAliases.containsKey(current)) {
      current = enumAliases.get(current);
      if (++steps > 1000) {
        throw new IllegalStateException("Enums merged in a circle at " + key);
      }
    }
    return current;
  }

  /** The type with every merged record and enum replaced by the one it was merged into. */
  TypeRef canonical(TypeRef type) {
    if (type instanceof ObjectRef o) {
      return new ObjectRef(find(o.name()));
    }
    if (type instanceof EnumRef e) {
      return new EnumRef(findEnum(e.key()));
    }
    if (type instanceof ListRef l) {
      return new ListRef(canonical(l.item()));
    }
    if (type instanceof MapRef m) {
      return new MapRef(canonical(m.value()));
    }
    return type;
  }

  /**
   * Merges every record named after its place that {@code matches} into one record {@code name}:
   * GitHub describes the same small shape (an edit's {@code {"from": "old"}}) anew in every event
   * that uses it.
   */
  void unify(java.util.function.Predicate<RecordSpec> matches, String name) {
    for (RecordSpec record : new ArrayList<>(records.values())) {
      if (!record.name.equals(name) && placeNamed.contains(record.name) && matches.test(record)) {
        RecordSpec into = records.computeIfAbsent(name, RecordSpec::new);
        recordAliases.put(record.name, name);
        records.remove(record.name);
        int offset = into.places.size();
        into.places.addAll(record.places);
        into.occurrences += record.occurrences;
        into.seenAt.addAll(record.seenAt);
        for (FieldSpec field : record.fields.values()) {
          FieldSpec existing = into.fields.get(field.jsonName);
          if (existing == null) {
            FieldSpec copy = new FieldSpec(field.jsonName, null);
            copy.type = field.type;
            copy.requiredCount = field.requiredCount;
            copy.nullableSeen = field.nullableSeen;
            copy.description = field.description;
            field.certainAt.forEach(i -> copy.certainAt.add(i + offset));
            into.fields.put(field.jsonName, copy);
          } else {
            existing.type = merge(existing.type, field.type, name, field.jsonName);
            existing.requiredCount += field.requiredCount;
            existing.nullableSeen |= field.nullableSeen;
            field.certainAt.forEach(i -> existing.certainAt.add(i + offset));
          }
        }
      }
    }
    RecordSpec unified = records.get(name);
    if (unified != null && unified.description == null) {
      unified.description = "An edit of one value: what it was before.";
    }
  }

  /**
   * Gives the actions of one event one nested record where each describes the same object anew
   * ({@code check_suite} in every {@code check_suite} action): {@code CheckSuiteEvent.CheckSuite}
   * instead of {@code CheckSuiteEvent.Requested.CheckSuite} and its siblings, so the event's
   * interface can declare the field. Objects whose fields differ much ({@code changes}) stay apart.
   *
   * @param eventType e.g. {@code CheckSuiteEvent}
   * @param actionRecords its action records, e.g. {@code CheckSuiteEvent.Requested}
   */
  void unifyAcrossActions(String eventType, List<String> actionRecords) {
    Map<String, List<String>> nestedByProperty = new TreeMap<>();
    Map<String, Set<String>> sharedByProperty = new TreeMap<>();
    for (String action : actionRecords) {
      RecordSpec record = records.get(find(action));
      if (record == null) {
        continue;
      }
      for (FieldSpec field : record.fields.values()) {
        String named = recordOf(canonical(field.type));
        if (named == null) {
          continue;
        }
        if (named.startsWith(record.name + ".")) {
          nestedByProperty.computeIfAbsent(field.jsonName, k -> new ArrayList<>()).add(named);
        } else {
          sharedByProperty.computeIfAbsent(field.jsonName, k -> new TreeSet<>()).add(named);
        }
      }
    }
    for (Map.Entry<String, List<String>> entry : nestedByProperty.entrySet()) {
      List<String> nested = entry.getValue();
      Set<String> shared = sharedByProperty.getOrDefault(entry.getKey(), Set.of());
      if (shared.size() == 1) {
        // Other actions use GitHub's named record (Workflow Job) for what these describe anew.
        String target = shared.iterator().next();
        List<String> all = new ArrayList<>(nested);
        all.add(target);
        if (similar(all)) {
          nested.forEach(name -> moveInto(name, target));
        }
      } else if (shared.isEmpty() && nested.size() > 1 && similar(nested)) {
        String simple = nested.get(0).substring(nested.get(0).lastIndexOf('.') + 1);
        nested.forEach(name -> moveInto(name, eventType + "." + simple));
      }
    }
  }

  /** The record a field's type names, directly or as a list's items; null for other types. */
  private String recordOf(TypeRef type) {
    TypeRef inner = type instanceof ListRef l ? canonical(l.item()) : type;
    return inner instanceof ObjectRef o ? o.name() : null;
  }

  /** Whether records share at least three quarters of all their fields. */
  private boolean similar(List<String> names) {
    Set<String> all = new HashSet<>();
    Set<String> shared = null;
    for (String name : names) {
      Set<String> fields = records.get(find(name)).fields.keySet();
      all.addAll(fields);
      if (shared == null) {
        shared = new HashSet<>(fields);
      } else {
        shared.retainAll(fields);
      }
    }
    return shared != null && shared.size() * 4 >= all.size() * 3;
  }

  /** Moves a record (and what is nested in it) into {@code to}, merging with what is there. */
  private void moveInto(String from, String wanted) {
    String source = find(from);
    String to = find(wanted);
    if (source.equals(to) || to.startsWith(source + ".")) {
      return;
    }
    for (String nested : new ArrayList<>(records.keySet())) {
      if (nested.startsWith(source + ".") && nested.indexOf('.', source.length() + 1) < 0) {
        moveInto(nested, to + nested.substring(source.length()));
      }
    }
    RecordSpec moved = records.remove(source);
    recordAliases.put(source, to);
    RecordSpec into = records.get(to);
    if (into == null) {
      into = new RecordSpec(to);
      records.put(to, into);
      placeNamed.add(to);
      nesting.add(to);
    }
    int offset = into.places.size();
    into.places.addAll(moved.places);
    into.occurrences += moved.occurrences;
    into.seenAt.addAll(moved.seenAt);
    into.titles.addAll(moved.titles);
    if (into.description == null) {
      into.description = moved.description;
    }
    for (FieldSpec field : moved.fields.values()) {
      FieldSpec existing = into.fields.get(field.jsonName);
      if (existing == null) {
        FieldSpec copy = new FieldSpec(field.jsonName, null);
        copy.type = canonical(field.type);
        copy.requiredCount = field.requiredCount;
        copy.nullableSeen = field.nullableSeen;
        copy.description = field.description;
        field.certainAt.forEach(i -> copy.certainAt.add(i + offset));
        into.fields.put(field.jsonName, copy);
      } else {
        existing.type = merge(existing.type, field.type, to, field.jsonName);
        existing.requiredCount += field.requiredCount;
        existing.nullableSeen |= field.nullableSeen;
        field.certainAt.forEach(i -> existing.certainAt.add(i + offset));
      }
    }
  }

  /** Settles every field's type after all merges. */
  void finish() {
    templates.forEach(
        (name, fields) -> {
          RecordSpec record = records.get(find(name));
          if (record != null) {
            fields.forEach(record.fields::remove);
          }
        });
    // An enum nested in a record that was merged into another moves along with it.
    for (String key : new ArrayList<>(enums.keySet())) {
      String parent = parentOf(key);
      if (parent == null || find(parent).equals(parent)) {
        continue;
      }
      String target = find(parent) + key.substring(parent.length());
      if (findEnum(target).equals(key)) {
        // An earlier merge pointed the new name here: the enum takes that name now.
        enumAliases.remove(target);
      }
      EnumSpec from = enums.remove(key);
      EnumSpec into = enums.get(target);
      if (into == null) {
        into = new EnumSpec(target);
        into.description = from.description;
        into.property = from.property;
        enums.put(target, into);
      }
      into.values.addAll(from.values);
      enumAliases.put(key, target);
    }
    for (RecordSpec record : records.values()) {
      for (FieldSpec field : record.fields.values()) {
        field.type = canonical(field.type);
      }
    }
  }

  static Set<String> types(JsonNode node) {
    return SchemaShapes.types(node);
  }

  private static boolean isNullSchema(JsonNode node) {
    Set<String> types = types(node);
    return types.equals(Set.of("null"));
  }

  private boolean isObjectSchema(JsonNode node) {
    return node.has("properties") || node.has("allOf") || types(node).contains("object");
  }

  private static boolean enumHasNull(JsonNode node) {
    if (!node.has("enum")) {
      return false;
    }
    for (JsonNode value : node.get("enum")) {
      if (value.isNull()) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasNonNull(JsonNode values) {
    for (JsonNode value : values) {
      if (!value.isNull()) {
        return true;
      }
    }
    return false;
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || !value.isTextual() ? null : value.asText();
  }
}
