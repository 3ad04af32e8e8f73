package org.battlequiz.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.battlequiz.BattleQuizConfig;
import org.battlequiz.article.fetch.MediaWikiClient;
import org.battlequiz.article.fetch.WikipediaAddress;

/** Fetches the wikitext behind a Wikipedia address a teacher pasted, within the configured bounds. */
@ApplicationScoped
public class WikipediaImport {
    private final MediaWikiClient client;
    private final java.util.List<String> allowedHosts;

    @Inject
    public WikipediaImport(BattleQuizConfig config) {
        BattleQuizConfig.Wikipedia wiki = config.wikipedia();
        this.allowedHosts = wiki.allowedHosts();
        this.client = new MediaWikiClient(new MediaWikiClient.Settings(wiki.apiUrl(), wiki.allowedHosts(),
                wiki.timeout(), wiki.maxBytes(), wiki.maxRedirects()));
    }

    /** The article's wikitext; an ArticleFetchException says why there is none. */
    public String wikitext(String address) {
        return client.wikitext(WikipediaAddress.parse(address, allowedHosts)).wikitext();
    }
}
