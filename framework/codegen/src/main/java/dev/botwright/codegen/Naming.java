package dev.botwright.codegen;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Java names for GitHub's schema names. The rules are mechanical; the overrides give a handful of
 * GitHub's titles the name a bot author already knows (GitHub calls the same user "Simple User" in
 * one place and "User" in another).
 */
final class Naming {

  private static final Set<String> KEYWORDS =
      Set.of(
          "abstract",
          "assert",
          "boolean",
          "break",
          "byte",
          "case",
          "catch",
          "char",
          "class",
          "const",
          "continue",
          "default",
          "do",
          "double",
          "else",
          "enum",
          "extends",
          "final",
          "finally",
          "float",
          "for",
          "goto",
          "if",
          "implements",
          "import",
          "instanceof",
          "int",
          "interface",
          "long",
          "native",
          "new",
          "package",
          "private",
          "protected",
          "public",
          "return",
          "short",
          "static",
          "strictfp",
          "super",
          "switch",
          "synchronized",
          "this",
          "throw",
          "throws",
          "transient",
          "try",
          "void",
          "volatile",
          "while",
          "true",
          "false",
          "null",
          "record",
          "var",
          "yield",
          "sealed",
          "permits",
          "hashCode",
          "toString",
          "getClass",
          "notify",
          "notifyAll",
          "wait",
          "clone",
          "finalize",
          "equals");

  private final Map<String, String> titleNames;
  private final Map<String, String> componentNames;
  private final Map<String, String> fieldNames;
  private final Map<String, String> renames;
  private final Map<java.util.regex.Pattern, String> placeNames = new java.util.LinkedHashMap<>();

  /**
   * @param titleNames a schema {@code title} to the record it belongs to
   * @param componentNames a component name to its record, ahead of its title
   * @param fieldNames a JSON property name to its Java name where the rules give a bad one
   * @param renames a record named after its place (owner and property) to a better name
   */
  Naming(
      Map<String, String> titleNames,
      Map<String, String> componentNames,
      Map<String, String> fieldNames,
      Map<String, String> renames) {
    this.titleNames = titleNames;
    this.componentNames = componentNames;
    this.fieldNames = fieldNames;
    this.renames = renames;
  }

  /**
   * Gives the objects found at matching places their own record: where GitHub calls something else
   * by a common title (a commit's git author titled "User"), so that it does not weaken that
   * record.
   *
   * @param glob a place such as {@code status.commit.author}; {@code *} matches one name
   * @param name the record's name, or empty to name it after its place
   */
  Naming place(String glob, String name) {
    String regex = java.util.regex.Pattern.quote(glob).replace("*", "\\E[^.]+\\Q");
    placeNames.put(java.util.regex.Pattern.compile(regex), name);
    return this;
  }

  /** The record forced for a place, empty to name it after the place, or null for no override. */
  String placeName(String place) {
    for (Map.Entry<java.util.regex.Pattern, String> entry : placeNames.entrySet()) {
      if (entry.getKey().matcher(place).matches()) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** A record named after its place, renamed where that name is a poor one. */
  String rename(String placeName) {
    return renames.getOrDefault(placeName, placeName);
  }

  /** The record for an object schema with this title or component name, or null to use a hint. */
  String recordName(String title, String component) {
    if (component != null && componentNames.containsKey(component)) {
      return componentNames.get(component);
    }
    if (title != null && !title.isBlank()) {
      return titleNames.getOrDefault(title, pascal(title));
    }
    if (component != null) {
      return pascal(component.replaceFirst("^webhooks?[_-]", ""));
    }
    return null;
  }

  /** {@code pull_request} to {@code PullRequest}, {@code Projects v2 Item} to ProjectsV2Item. */
  static String pascal(String words) {
    StringBuilder out = new StringBuilder();
    boolean upper = true;
    for (int i = 0; i < words.length(); i++) {
      char c = words.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = true;
      }
    }
    if (out.length() == 0) {
      throw new IllegalArgumentException("No Java name in '" + words + "'");
    }
    if (Character.isDigit(out.charAt(0))) {
      out.insert(0, 'V');
    }
    return out.toString();
  }

  /** A record component's name for a JSON property: {@code html_url} to {@code htmlUrl}. */
  String fieldName(String json, boolean isBoolean) {
    String override = fieldNames.get(json);
    if (override != null) {
      return override;
    }
    String pascal = pascal(json);
    String camel = Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
    if (KEYWORDS.contains(camel)) {
      return isBoolean ? "is" + pascal : camel + "Value";
    }
    return camel;
  }

  /** An enum constant for a GitHub value: {@code off-topic} to OFF_TOPIC, {@code +1} to PLUS_1. */
  static String constant(String value) {
    String spelled = value.replace("+", "plus ").replace("-1", "minus 1");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < spelled.length(); i++) {
      char c = spelled.charAt(i);
      boolean boundary =
          i > 0
              && Character.isUpperCase(c)
              && Character.isLowerCase(spelled.charAt(i - 1))
              && out.length() > 0;
      if (boundary) {
        out.append('_');
      }
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toUpperCase(c));
      } else if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
        out.append('_');
      }
    }
    while (out.length() > 0 && out.charAt(out.length() - 1) == '_') {
      out.setLength(out.length() - 1);
    }
    if (out.length() == 0) {
      return "EMPTY";
    }
    if (Character.isDigit(out.charAt(0))) {
      out.insert(0, "V_");
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }

  /** {@code labels} to {@code label}, for the type of an array's items. */
  static String singular(String plural) {
    if (plural.endsWith("ies")) {
      return plural.substring(0, plural.length() - 3) + "y";
    }
    if (plural.endsWith("sses") || plural.endsWith("shes") || plural.endsWith("ches")) {
      return plural.substring(0, plural.length() - 2);
    }
    if (plural.endsWith("s") && !plural.endsWith("ss") && plural.length() > 1) {
      return plural.substring(0, plural.length() - 1);
    }
    return plural + "_item";
  }
}
