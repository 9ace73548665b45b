package dev.botwright.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The text a check run shows on its page.
 *
 * @param title the output's title
 * @param summary the summary in Markdown
 * @param text the details in Markdown
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable
public record CheckRunOutput(
    @Nullable String title, @Nullable String summary, @Nullable String text) {}
