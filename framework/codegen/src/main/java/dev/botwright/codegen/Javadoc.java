package dev.botwright.codegen;

/** Turns GitHub's Markdown descriptions into safe, short Javadoc text. */
final class Javadoc {

  private static final int MAX = 300;

  private Javadoc() {}

  /** The first sentence of a description, as Javadoc text; null when there is none. */
  static String sentence(String description) {
    if (description == null || description.isBlank()) {
      return null;
    }
    String text =
        description.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replaceAll("\\s+", " ").trim();
    int end = firstSentenceEnd(text);
    if (end > 0) {
      text = text.substring(0, end);
    }
    if (text.length() > MAX) {
      int cut = text.lastIndexOf(' ', MAX);
      text = text.substring(0, cut > 0 ? cut : MAX) + "...";
    }
    return code(escape(text));
  }

  /** Markdown's {@code `x`} as {@code {@code x}}, where nothing in it needed escaping. */
  private static String code(String text) {
    return text.replaceAll("`([^`&]+)`", "{@code $1}");
  }

  private static int firstSentenceEnd(String text) {
    for (int i = 0; i < text.length() - 1; i++) {
      if (text.charAt(i) == '.' && text.charAt(i + 1) == ' ' && i > 2) {
        char before = text.charAt(i - 1);
        // Not "e.g." or "i.e." or a version number.
        if (Character.isLowerCase(before) && text.charAt(i - 2) != '.') {
          return i + 1;
        }
      }
    }
    return -1;
  }

  /** The sentence of an event's summary that names the permission an App needs, or null. */
  static String permission(String summary) {
    if (summary == null) {
      return null;
    }
    for (String paragraph : summary.split("\n\\s*\n")) {
      String text = paragraph.replaceAll("\\s+", " ").trim();
      if (text.startsWith("To subscribe to this event")) {
        return escape(text.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1"));
      }
    }
    return null;
  }

  /** Escapes what Javadoc or the compiler would read as markup or the end of the comment. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '@' -> out.append("&#64;");
        case '*' -> out.append(i + 1 < text.length() && text.charAt(i + 1) == '/' ? "&#42;" : "*");
        case '\\' -> out.append("&#92;");
        case '{' -> out.append("&#123;");
        case '}' -> out.append("&#125;");
        default -> {
          if (c >= ' ' || c == '\t') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** Wraps text as Javadoc lines of at most 100 columns at the given indentation. */
  static void wrap(StringBuilder out, String indent, String prefix, String text) {
    int width = 100 - indent.length() - 3;
    String continuation = prefix.startsWith("@") ? "    " : "";
    StringBuilder line = new StringBuilder(prefix.stripTrailing());
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      boolean fresh = line.toString().isBlank();
      if (!fresh && line.length() + 1 + word.length() > width) {
        out.append(indent).append(" * ").append(line).append('\n');
        line = new StringBuilder(continuation);
        fresh = true;
      }
      if (!fresh) {
        line.append(' ');
      }
      line.append(word);
    }
    if (!line.toString().isBlank()) {
      out.append(indent).append(" * ").append(line).append('\n');
    }
  }
}
