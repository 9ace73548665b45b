package dev.botwright.docs;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** A payload type of your own: only the fields the bot reads. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
record StarPayload(String action, Repo repository) {

  @Serdeable(naming = SnakeCaseStrategy.class)
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Repo(String fullName, int stargazersCount) {}
}
