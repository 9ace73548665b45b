package dev.botwright.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * The repository a payload's event happened in (the {@code repository} field).
 *
 * @param id the repository id
 * @param name the repository name, e.g. {@code "hello-world"}
 * @param fullName {@code "owner/name"}
 * @param owner the owning user or organization
 * @param isPrivate whether the repository is private
 * @param htmlUrl the repository's page
 * @param description the repository's description
 * @param fork whether the repository is a fork
 * @param archived whether the repository is archived
 * @param defaultBranch the default branch, e.g. {@code "main"}
 * @param visibility {@code "public"}, {@code "private"} or {@code "internal"}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record Repository(
    long id,
    String name,
    String fullName,
    User owner,
    @JsonProperty("private") boolean isPrivate,
    @Nullable String htmlUrl,
    @Nullable String description,
    boolean fork,
    boolean archived,
    @Nullable String defaultBranch,
    @Nullable String visibility) {}
