package dev.botwright.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;

/**
 * A release.
 *
 * @param id the release id
 * @param tagName the tag, e.g. {@code "v1.2.0"}
 * @param targetCommitish the branch or commit the tag is created from
 * @param name the release title, or {@code null}
 * @param body the release notes in Markdown, or {@code null}
 * @param draft whether it is a draft
 * @param prerelease whether it is a pre-release
 * @param author who created it
 * @param htmlUrl the release's page
 * @param createdAt when it was created
 * @param publishedAt when it was published, or {@code null} for a draft
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record Release(
    long id,
    String tagName,
    @Nullable String targetCommitish,
    @Nullable String name,
    @Nullable String body,
    boolean draft,
    boolean prerelease,
    User author,
    String htmlUrl,
    @Nullable Instant createdAt,
    @Nullable Instant publishedAt) {}
