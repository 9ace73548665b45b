package dev.botwright.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The git identity of a commit's author or committer, or of a push's pusher.
 *
 * @param name the git name
 * @param email the git email, or {@code null} when hidden
 * @param username the matching GitHub login, or {@code null} when there is none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable
public record CommitAuthor(String name, @Nullable String email, @Nullable String username) {}
