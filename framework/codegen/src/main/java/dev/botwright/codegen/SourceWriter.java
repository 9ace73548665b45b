package dev.botwright.codegen;

/** Builds Java source line by line, with Javadoc helpers. */
final class SourceWriter {

  private final StringBuilder out = new StringBuilder();

  void line(String indent, String text) {
    out.append(indent).append(text).append('\n');
  }

  void raw(String text) {
    out.append(text);
    if (!text.endsWith("\n")) {
      out.append('\n');
    }
  }

  void blank() {
    out.append('\n');
  }

  /** Appends to the last line written (before its line break). */
  void appendToLast(String text) {
    out.setLength(out.length() - 1);
    out.append(text).append('\n');
  }

  void javadocStart(String indent) {
    out.append(indent).append("/**\n");
  }

  void javadocText(String indent, String text) {
    Javadoc.wrap(out, indent, "", text);
  }

  void javadocParam(String indent, String name, String text) {
    Javadoc.wrap(out, indent, "@param " + name + " ", text);
  }

  void javadocBlank(String indent) {
    out.append(indent).append(" *\n");
  }

  void javadocEnd(String indent) {
    out.append(indent).append(" */\n");
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
