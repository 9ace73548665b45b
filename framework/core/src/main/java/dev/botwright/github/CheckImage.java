package dev.botwright.github;

import io.micronaut.core.annotation.Nullable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An image shown in a check run's report, e.g. a coverage chart.
 *
 * @param alt the text read instead of the image
 * @param imageUrl the image's full URL
 * @param caption a short description shown under it
 */
public record CheckImage(String alt, String imageUrl, @Nullable String caption) {

  /** Checks that the required fields are there. */
  public CheckImage {
    if (alt == null || alt.isBlank()) {
      throw new IllegalArgumentException(
          "A check image needs alt text (read instead of the image " + imageUrl + ")");
    }
    if (imageUrl == null || imageUrl.isBlank()) {
      throw new IllegalArgumentException(
          "The check image '" + alt + "' needs the full URL of the image");
    }
  }

  /** An image without a caption. */
  public static CheckImage of(String alt, String imageUrl) {
    return new CheckImage(alt, imageUrl, null);
  }

  /** The image as GitHub's API takes it. */
  Map<String, Object> toParameters() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("alt", alt);
    fields.put("image_url", imageUrl);
    if (caption != null) {
      fields.put("caption", caption);
    }
    return fields;
  }
}
