package dev.botwright.test;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A GitHub route such as {@code "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"}: a
 * method and a path template whose placeholders match one path segment each.
 */
record Route(String method, String template, Pattern pathPattern) {

  static Route parse(String route) {
    String trimmed = route.trim();
    int space = trimmed.indexOf(' ');
    if (space <= 0 || !trimmed.substring(space + 1).startsWith("/")) {
      throw new IllegalArgumentException(
          "Expected a route like \"POST /repos/{owner}/{repo}/issues\" but got \"" + route + "\"");
    }
    String method = trimmed.substring(0, space).toUpperCase(Locale.ROOT);
    String template = trimmed.substring(space + 1).trim();
    StringBuilder regex = new StringBuilder();
    for (String part : template.split("(?=\\{)|(?<=\\})")) {
      regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
    }
    return new Route(method, template, Pattern.compile(regex.toString()));
  }

  /** The WireMock path regex for this route. */
  String pathRegex() {
    return pathPattern.pattern();
  }

  boolean matches(String method, String path) {
    return this.method.equals(method) && pathPattern.matcher(path).matches();
  }

  @Override
  public String toString() {
    return method + " " + template;
  }
}
