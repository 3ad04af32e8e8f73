package org.battlequiz.authoring.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void escapedTextComesBackExactly() {
        String text = "  a < b && c > d; &amp; is literal; <p>not a tag</p>\n";
        assertEquals(text, HtmlText.toPlain(HtmlText.escape(text)));
    }

    @Test
    void foreignHtmlLosesTagsAndKeepsParagraphBreaks() {
        assertEquals("First line\nSecond & third",
                HtmlText.toPlain("<p dir=\"ltr\">First<!-- x --> line</p><p>Second &amp; <b>third</b></p>"));
        assertEquals("a\nb", HtmlText.toPlain("a<br />b"));
    }

    @Test
    void decodesNumericAndNamedEntitiesOnceOnly() {
        assertEquals("Pavičić &lt; \u00a0'", HtmlText.decodeEntities("Pavi&#269;i&#x107; &amp;lt; &nbsp;&#39;"));
    }
}
