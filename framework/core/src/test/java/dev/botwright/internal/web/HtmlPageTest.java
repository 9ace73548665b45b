package dev.botwright.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import org.junit.jupiter.api.Test;

class HtmlPageTest {

  @Test
  void escapesEveryCharacterThatCouldOpenMarkupOrLeaveAnAttribute() {
    assertThat(HtmlPage.escape("<a href=\"x\" title='y'>&</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    assertThat(HtmlPage.escape(null)).isEmpty();
  }

  @Test
  void theDocumentEscapesItsTitleButNotItsBody() {
    assertThat(HtmlPage.document("A <b>", "p{}", "<p>ok</p>"))
        .startsWith("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .contains("<title>A &lt;b&gt;</title><style>p{}</style></head>")
        .endsWith("<body><p>ok</p></body></html>");
    assertThat(HtmlPage.document("t", null, "")).doesNotContain("<style>");
  }

  @Test
  void pagesAreNotCachedFramedOrScripted() {
    MutableHttpResponse<String> page = HtmlPage.response(HttpStatus.BAD_REQUEST, "<p>x</p>");

    assertThat(page.code()).isEqualTo(400);
    assertThat(page.getHeaders().get("Content-Type")).isEqualTo("text/html;charset=utf-8");
    assertThat(page.getHeaders().get("Cache-Control")).isEqualTo("no-store");
    assertThat(page.getHeaders().get("X-Frame-Options")).isEqualTo("DENY");
    assertThat(page.getHeaders().get("Content-Security-Policy"))
        .contains("default-src 'none'")
        .contains("frame-ancestors 'none'");
    assertThat(page.body()).isEqualTo("<p>x</p>");
  }
}
