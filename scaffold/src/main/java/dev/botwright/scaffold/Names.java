package dev.botwright.scaffold;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/** Validates the names a user gives and derives suggestions from what is known about them. */
final class Names {

  /** A conservative Maven artifactId that also makes a good folder and application name. */
  private static final Pattern ARTIFACT_ID = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

  /** GitHub's rule for user and organization names. */
  private static final Pattern OWNER =
      Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}");

  static final int MAX_NAME = 64;
  static final int MAX_TEXT = 200;
  static final String FALLBACK_NAME = "my-bot";
  static final String FALLBACK_OWNER = "my-org";

  private Names() {}

  /** Why {@code name} is not a usable project name (Maven artifactId), or empty when it is. */
  static Optional<String> nameProblem(String name) {
    if (name.length() <= MAX_NAME && ARTIFACT_ID.matcher(name).matches()) {
      return Optional.empty();
    }
    return Optional.of(
        "'"
            + name
            + "' is not a valid project name: use at most "
            + MAX_NAME
            + " lower-case letters, digits and single hyphens, starting with a letter (e.g."
            + " my-bot). It becomes the Maven artifactId.");
  }

  /** Why {@code pkg} is not a usable Java package, or empty when it is. */
  static Optional<String> packageProblem(String pkg) {
    boolean valid =
        SourceVersion.isName(pkg, SourceVersion.RELEASE_17)
            && pkg.equals(pkg.toLowerCase(Locale.ROOT))
            && !pkg.equals("java")
            && !pkg.startsWith("java.");
    if (valid) {
      return Optional.empty();
    }
    return Optional.of(
        "'"
            + pkg
            + "' is not a valid Java package: use dot-separated lower-case identifiers that are not"
            + " Java keywords and do not start with 'java' (e.g. com.example.mybot).");
  }

  /** Why {@code owner} is not a GitHub user or organization name, or empty when it is. */
  static Optional<String> ownerProblem(String owner) {
    if (OWNER.matcher(owner).matches()) {
      return Optional.empty();
    }
    return Optional.of(
        "'"
            + owner
            + "' is not a valid GitHub owner: a user or organization name has 1 to 39 letters,"
            + " digits or single hyphens, and does not start or end with a hyphen.");
  }

  /** Why a free-text answer (description, author) cannot be used, or empty when it can. */
  static Optional<String> textProblem(String what, String text) {
    if (text.isBlank()) {
      return Optional.of("The " + what + " is empty: write a few words.");
    }
    if (text.length() > MAX_TEXT || text.chars().anyMatch(Character::isISOControl)) {
      return Optional.of(
          "The " + what + " must be one line of at most " + MAX_TEXT + " characters.");
    }
    return Optional.empty();
  }

  /** A valid project name close to {@code folder}, e.g. {@code "My Bot!"} gives {@code my-bot}. */
  static String nameFrom(String folder) {
    String name =
        folder.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (!name.isEmpty() && !Character.isLetter(name.charAt(0))) {
      name = "bot-" + name;
    }
    if (name.length() > MAX_NAME) {
      name = name.substring(0, MAX_NAME).replaceAll("-+$", "");
    }
    return nameProblem(name).isEmpty() ? name : FALLBACK_NAME;
  }

  /** {@code candidate} when it is a valid GitHub owner, else a placeholder. */
  static String ownerFrom(String candidate) {
    String trimmed = candidate == null ? "" : candidate.strip();
    return ownerProblem(trimmed).isEmpty() ? trimmed : FALLBACK_OWNER;
  }

  /** The package GitHub users conventionally publish under, e.g. {@code io.github.octo.mybot}. */
  static String packageFrom(String owner, String name) {
    String pkg = "io.github." + segment(owner) + "." + segment(name);
    return packageProblem(pkg).isEmpty() ? pkg : "com.example." + segment(name);
  }

  private static String segment(String text) {
    String segment = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    if (segment.isEmpty() || !Character.isLetter(segment.charAt(0))) {
      segment = "bot" + segment;
    }
    return SourceVersion.isKeyword(segment) ? segment + "bot" : segment;
  }
}
