package dev.botwright.internal.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.github.IssueRef;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataCommentTest {

  private static final JsonMapper JSON = JsonMapper.createDefault();
  private static final IssueRef ISSUE = new IssueRef("octo-org", "hello", 1);

  @Test
  void writesOneHiddenCommentAfterABlankLine() {
    InMemoryIssues github = new InMemoryIssues("Steps to reproduce:\n1. run it");

    new IssueMetadata(github, ISSUE, 42, JSON).set("greeted", true);

    assertThat(github.body)
        .isEqualTo(
            "Steps to reproduce:\n1. run it\n\n<!-- botwright = {\"42\":{\"greeted\":true}} -->");
  }

  @Test
  void theRestOfTheBodyIsKeptByteForByte() {
    String original = "  Tabs\tand CRLF\r\nüñí©ødé ✓ \r\n\r\n```\ncode -->\n```\n   ";
    InMemoryIssues github = new InMemoryIssues(original);
    IssueMetadata metadata = new IssueMetadata(github, ISSUE, 42, JSON);

    metadata.set("a", 1);
    metadata.set("b", "two");
    assertThat(github.body).startsWith(original);
    assertThat(MetadataComment.parse(github.body, JSON).rest()).isEqualTo(original);

    metadata.remove("a");
    metadata.remove("b");
    assertThat(github.body).isEqualTo(original);
  }

  @Test
  void aValueCannotEndTheCommentEarly() {
    InMemoryIssues github = new InMemoryIssues("Body");
    IssueMetadata metadata = new IssueMetadata(github, ISSUE, 42, JSON);

    metadata.set("note", "--> <b>shown?</b> --!>");

    assertThat(github.body)
        .isEqualTo(
            "Body\n\n<!-- botwright = {\"42\":{\"note\":\"--\\u003e \\u003cb\\u003eshown?"
                + "\\u003c/b\\u003e --!\\u003e\"}} -->");
    // Exactly one "-->" in the body: the comment's own end.
    assertThat(github.body.indexOf("-->")).isEqualTo(github.body.lastIndexOf("-->"));
    assertThat(metadata.get("note", String.class)).contains("--> <b>shown?</b> --!>");
  }

  @Test
  void otherInstallationsKeepTheirValues() {
    InMemoryIssues github =
        new InMemoryIssues("Body\n\n<!-- botwright = {\"7\":{\"theirs\":[1,2]}} -->");

    new IssueMetadata(github, ISSUE, 42, JSON).set("mine", "x");

    assertThat(github.body)
        .isEqualTo(
            "Body\n\n<!-- botwright = {\"7\":{\"theirs\":[1,2]},\"42\":{\"mine\":\"x\"}} -->");
    assertThat(new IssueMetadata(github, ISSUE, 7, JSON).getAll()).containsOnlyKeys("theirs");
  }

  @Test
  void aBrokenCommentReadsAsEmptyAndIsReplaced() {
    InMemoryIssues github = new InMemoryIssues("Body\n\n<!-- botwright = {not json} -->");
    IssueMetadata metadata = new IssueMetadata(github, ISSUE, 42, JSON);

    assertThat(metadata.getAll()).isEmpty();
    metadata.set("k", 1);

    assertThat(github.body).isEqualTo("Body\n\n<!-- botwright = {\"42\":{\"k\":1}} -->");
  }

  @Test
  void probotsCommentIsLeftAlone() {
    String probot = "Body\n\n<!-- probot = {\"42\":{\"old\":true}} -->";
    InMemoryIssues github = new InMemoryIssues(probot);
    IssueMetadata metadata = new IssueMetadata(github, ISSUE, 42, JSON);

    assertThat(metadata.get("old", Boolean.class)).isEmpty();
    metadata.set("new", true);

    assertThat(github.body).isEqualTo(probot + "\n\n<!-- botwright = {\"42\":{\"new\":true}} -->");
  }

  @Test
  void aNullBodyGetsJustTheComment() {
    InMemoryIssues github = new InMemoryIssues(null);

    new IssueMetadata(github, ISSUE, 42, JSON).setAll(Map.of("n", JsonNode.createNumberNode(3)));

    assertThat(github.body).isEqualTo("\n\n<!-- botwright = {\"42\":{\"n\":3}} -->");
  }
}
