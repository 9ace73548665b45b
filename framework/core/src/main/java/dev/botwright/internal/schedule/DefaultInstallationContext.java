package dev.botwright.internal.schedule;

import dev.botwright.InstallationContext;
import dev.botwright.Metadata;
import dev.botwright.github.GitHubClient;
import dev.botwright.github.IssueRef;
import dev.botwright.internal.dispatch.MdcLogger;
import dev.botwright.internal.metadata.IssueMetadata;
import io.micronaut.json.JsonMapper;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The context of one installation in one scheduled run. */
class DefaultInstallationContext implements InstallationContext {

  private final long installationId;
  private final String account;
  private final GitHubClient github;
  private final JsonMapper mapper;
  private final Class<?> loggerType;
  private final Map<String, String> mdc;

  DefaultInstallationContext(
      long installationId,
      String account,
      GitHubClient github,
      JsonMapper mapper,
      Class<?> loggerType,
      Map<String, String> mdc) {
    this.installationId = installationId;
    this.account = account;
    this.github = github;
    this.mapper = mapper;
    this.loggerType = loggerType;
    this.mdc = Map.copyOf(mdc);
  }

  @Override
  public long installationId() {
    return installationId;
  }

  @Override
  public String account() {
    return account;
  }

  @Override
  public GitHubClient github() {
    return github;
  }

  @Override
  public Metadata metadata(IssueRef issue) {
    return new IssueMetadata(github, issue, installationId, mapper);
  }

  @Override
  public Logger log() {
    return new MdcLogger(LoggerFactory.getLogger(loggerType), mdc);
  }

  /** The MDC of this context's log lines. */
  Map<String, String> mdc() {
    return mdc;
  }

  @Override
  public String toString() {
    return "installation " + installationId + " (" + account + ")";
  }
}
