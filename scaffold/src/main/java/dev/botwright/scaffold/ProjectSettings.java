package dev.botwright.scaffold;

/**
 * Everything a generated project is made from, already validated.
 *
 * @param name the project name and Maven artifactId, e.g. {@code my-bot}
 * @param description one line about the bot
 * @param author who writes the bot
 * @param owner the GitHub user or organization that will own the app
 * @param packageName the Java package of the bot's sources
 * @param template what the bot does to begin with
 * @param actions whether to write {@code .github/workflows/bot.yml}, which runs the bot's handlers
 *     in GitHub Actions ({@code create-bot --actions}); only for a template without {@link
 *     Template#actionsProblem()}
 */
record ProjectSettings(
    String name,
    String description,
    String author,
    String owner,
    String packageName,
    Template template,
    boolean actions) {}
