package dev.botwright.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * Slash commands ({@code botwright.commands.*}): the reactions and replies Botwright sends for a
 * {@link dev.botwright.Command}, and how long a commenter's permission is remembered. In the
 * replies {@code {user}} is the commenter's login, {@code {command}} the command's name, {@code
 * {permission}} the role it needs (e.g. {@code write}) and {@code {usage}} its usage.
 */
@ConfigurationProperties("botwright.commands")
public class CommandsConfiguration {

  /** The reply to a commenter who lacks the command's permission. */
  public static final String DEFAULT_REFUSAL =
      "Sorry @{user}, `/{command}` needs {permission} access to this repository, so I did not"
          + " run it.";

  /** The reply to a command line with the wrong number of arguments. */
  public static final String DEFAULT_USAGE = "@{user}, `/{command}` is used like this: `{usage}`";

  /** The first line of the {@code /help} answer, above the list of commands. */
  public static final String DEFAULT_HELP = "@{user}, these are the commands you can use here:";

  /** The {@code /help} answer when the commenter may run no command. */
  public static final String DEFAULT_HELP_NONE = "@{user}, there are no commands you can use here.";

  /** How long a commenter's permission on a repository is remembered. */
  public static final Duration DEFAULT_PERMISSION_CACHE_TTL = Duration.ofMinutes(1);

  /** The most (installation, repository, commenter) permissions remembered at once. */
  public static final int DEFAULT_PERMISSION_CACHE_SIZE = 10_000;

  private boolean reactions = true;
  private String refusal = DEFAULT_REFUSAL;
  private String usage = DEFAULT_USAGE;
  private String help = DEFAULT_HELP;
  private String helpNone = DEFAULT_HELP_NONE;
  private Duration permissionCacheTtl = DEFAULT_PERMISSION_CACHE_TTL;
  private int permissionCacheSize = DEFAULT_PERMISSION_CACHE_SIZE;

  /** Whether Botwright reacts to command comments (👀, then 👍, 👎 or 😕); on unless said. */
  public boolean isReactions() {
    return reactions;
  }

  public void setReactions(boolean reactions) {
    this.reactions = reactions;
  }

  /** The reply to a commenter who lacks the command's permission. */
  public String getRefusal() {
    return refusal;
  }

  public void setRefusal(String refusal) {
    this.refusal = refusal;
  }

  /** The reply to a command line with the wrong number of arguments. */
  public String getUsage() {
    return usage;
  }

  public void setUsage(String usage) {
    this.usage = usage;
  }

  /** The first line of the {@code /help} answer. */
  public String getHelp() {
    return help;
  }

  public void setHelp(String help) {
    this.help = help;
  }

  /** The {@code /help} answer when the commenter may run no command. */
  public String getHelpNone() {
    return helpNone;
  }

  public void setHelpNone(String helpNone) {
    this.helpNone = helpNone;
  }

  /** How long a commenter's permission is remembered; zero looks it up for every command. */
  public Duration getPermissionCacheTtl() {
    return permissionCacheTtl;
  }

  public void setPermissionCacheTtl(Duration permissionCacheTtl) {
    this.permissionCacheTtl = permissionCacheTtl;
  }

  /** The most permissions remembered at once; the least recently used go first. */
  public int getPermissionCacheSize() {
    return permissionCacheSize;
  }

  public void setPermissionCacheSize(int permissionCacheSize) {
    this.permissionCacheSize = permissionCacheSize;
  }
}
