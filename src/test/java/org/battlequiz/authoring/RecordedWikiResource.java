package org.battlequiz.authoring;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.battlequiz.article.fetch.RecordedWiki;

/** Points the app's Wikipedia import at a local server with recorded API answers. */
public class RecordedWikiResource implements QuarkusTestResourceLifecycleManager {
    private RecordedWiki wiki;

    @Override
    public Map<String, String> start() {
        try {
            wiki = new RecordedWiki();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        wiki.delay("Battle of Slow Marsh", 3_000);
        wiki.page("Battle of Slow Marsh", RecordedWiki.WIKITEXT);
        wiki.page("Harrow Fen", "Harrow Fen is a marsh in the east of Fenland.\n\n== Geography ==\nIt floods in winter.");
        return Map.of("battlequiz.wikipedia.api-url", wiki.apiUrl(), "battlequiz.wikipedia.timeout", "PT0.5S");
    }

    @Override
    public void stop() {
        wiki.close();
    }
}
