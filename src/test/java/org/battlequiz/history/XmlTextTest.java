package org.battlequiz.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void escapesMarkupAndKeepsEmojiButDropsCharactersXmlForbids() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39; \uD83C\uDFF0 e\tf",
                XmlText.escape("a <b> & \"c\" 'd' \uD83C\uDFF0\u0000\u001B\uFFFE\uD800 e\tf"));
    }
}
