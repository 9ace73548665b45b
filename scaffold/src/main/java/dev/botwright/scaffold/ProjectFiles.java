package dev.botwright.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a template's files. The resources under {@value #ROOT} hold a {@code common/} folder
 * shared by every template and one folder per template; {@value #INDEX} lists them, because a jar's
 * folders cannot be listed without scanning it.
 *
 * <p>In paths, {@code __package__} becomes the package's folders and a leading {@code _} a dot
 * ({@code _gitignore} is {@code .gitignore}: build tools skip real dotfiles in resources). The
 * {@value #ACTIONS} folder is added for {@code --actions}. In contents, {@code {{key}}} becomes a
 * setting; Maven's own {@code ${...}} is left alone.
 */
final class ProjectFiles {

  static final String ROOT = "/dev/botwright/scaffold/templates/";
  static final String INDEX = ROOT + "files.txt";

  /** The folder of the files {@code --actions} adds: the workflow that runs the bot's handlers. */
  static final String ACTIONS = "actions";

  /** The README's section on {@code .github/workflows/bot.yml}, for {@code --actions}. */
  private static final String ACTIONS_README =
      """

      ## Run in GitHub Actions

      `.github/workflows/bot.yml` runs the same handlers inside a workflow instead of a server, on
      the events it lists: it builds the jar and runs `java -jar target/{{name}}.jar action`, which
      reads the event the runner saved and answers with the workflow's `GITHUB_TOKEN`. No app is
      registered and no secret is needed; the bot may do what the workflow's `permissions:` allow in
      this repository, and nothing elsewhere. Events the token creates start no workflow, so the bot
      never answers itself. Pull requests from forks get a read-only token.
      """;

  private static final Pattern TOKEN = Pattern.compile("\\{\\{([A-Za-z]+)}}");

  private ProjectFiles() {}

  /** The generated project's files, by path relative to its root, in a stable order. */
  static Map<String, String> render(ProjectSettings settings, VersionInfo versions) {
    Map<String, String> values = values(settings, versions);
    Map<String, String> files = new LinkedHashMap<>();
    for (String entry : index()) {
      int slash = entry.indexOf('/');
      String folder = entry.substring(0, slash);
      if (folder.equals("common")
          || folder.equals(settings.template().id())
          || (folder.equals(ACTIONS) && settings.actions())) {
        String path = targetPath(entry.substring(slash + 1), settings.packageName());
        files.put(path, substitute(entry, read(ROOT + entry), values));
      }
    }
    return files;
  }

  /** Every entry of the index, e.g. {@code basic/src/main/java/__package__/IssueGreeter.java}. */
  static List<String> index() {
    return read(INDEX).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  static String targetPath(String templatePath, String packageName) {
    String path = templatePath.replace("__package__", packageName.replace('.', '/'));
    return path.replaceAll("(^|/)_", "$1.");
  }

  static Map<String, String> values(ProjectSettings settings, VersionInfo versions) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("name", settings.name());
    values.put("description", settings.description());
    values.put("descriptionXml", xml(settings.description()));
    values.put("descriptionYaml", yaml(settings.description()));
    values.put("author", settings.author());
    values.put("authorXml", xml(settings.author()));
    values.put("owner", settings.owner());
    values.put("package", settings.packageName());
    values.put("template", settings.template().id());
    values.put("summary", settings.template().summary());
    values.put("handler", settings.template().handler());
    values.put("event", settings.template().event());
    values.put("fixture", settings.template().fixture());
    values.put("actionsTrigger", settings.template().actionsTrigger().orElse(""));
    values.put("actionsPermissions", settings.template().actionsPermissions());
    values.put(
        "actionsReadme",
        settings.actions() ? ACTIONS_README.replace("{{name}}", settings.name()) : "");
    values.put(
        "handlerPath",
        settings.packageName().replace('.', '/') + "/" + settings.template().handler());
    values.put("botwrightVersion", versions.botwright());
    values.put("micronautVersion", versions.micronaut());
    values.put("errorProneVersion", versions.errorProne());
    values.put("nullAwayVersion", versions.nullAway());
    return values;
  }

  static String substitute(String source, String text, Map<String, String> values) {
    Matcher matcher = TOKEN.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      if (value == null) {
        throw new IllegalStateException(
            "Template " + source + " uses {{" + matcher.group(1) + "}}, which has no value");
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    return matcher.appendTail(out).toString();
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** A double-quoted YAML scalar; the text is one line (checked by {@link Names}). */
  private static String yaml(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static String read(String resource) {
    try (InputStream in = ProjectFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("create-bot is missing its resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read create-bot's resource " + resource, e);
    }
  }
}
