package dev.botwright.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One side of a pull request: its {@code head} (the changes) or {@code base} (the target).
 *
 * @param label {@code "owner:branch"}
 * @param ref the branch name, e.g. {@code "main"}
 * @param sha the commit the branch points at
 * @param user the owner of the branch's repository
 * @param repo the branch's repository; {@code null} when a fork was deleted
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable
public record PullRequestBranch(
    @Nullable String label,
    String ref,
    String sha,
    @Nullable User user,
    @Nullable Repository repo) {}
