package org.battlequiz.article.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MediaWikiClientTest {
    private static final List<String> ALLOWED = List.of("en.wikipedia.org", "simple.wikipedia.org");
    private static RecordedWiki wiki;

    @BeforeAll
    static void start() throws Exception {
        wiki = new RecordedWiki();
    }

    @AfterAll
    static void stop() {
        wiki.close();
    }

    private static MediaWikiClient client(Duration timeout, int maxBytes) {
        return new MediaWikiClient(new MediaWikiClient.Settings(wiki.apiUrl(), ALLOWED, timeout, maxBytes, 3));
    }

    private static MediaWikiClient.Fetched fetch(String address) {
        return client(Duration.ofSeconds(3), 1 << 20).wikitext(WikipediaAddress.parse(address, ALLOWED));
    }

    private static String refusal(Runnable fetch) {
        return assertThrows(ArticleFetchException.class, fetch::run).getMessage();
    }

    @Test
    void anArticleAddressGivesThePagesWikitext() {
        MediaWikiClient.Fetched page = fetch("https://en.wikipedia.org/wiki/Battle_of_Harrow_Fen");
        assertEquals("Battle of Harrow Fen", page.title());
        assertEquals(RecordedWiki.WIKITEXT, page.wikitext());
    }

    @Test
    void anHttpRedirectWithinTheAllowedHostsIsFollowed() {
        wiki.redirect("Harrow Fen (1402)", "/en.wikipedia.org/w/api.php?titles=Battle%20of%20Harrow%20Fen&followed=1");
        assertEquals(RecordedWiki.WIKITEXT, fetch("https://en.wikipedia.org/wiki/Harrow_Fen_(1402)").wikitext());
    }

    @Test
    void aRedirectBetweenPagesGivesTheTargetPage() {
        wiki.rawAnswer("Harrow Fen", "{\"batchcomplete\":true,\"query\":{\"redirects\":[{\"from\":\"Harrow Fen\","
                + "\"to\":\"Battle of Harrow Fen\"}],\"pages\":[{\"pageid\":1,\"ns\":0,\"title\":\"Battle of Harrow Fen\","
                + "\"revisions\":[{\"slots\":{\"main\":{\"content\":\"{{Infobox military conflict}}\"}}}]}]}}");
        MediaWikiClient.Fetched page = fetch("https://en.wikipedia.org/wiki/Harrow_Fen");
        assertEquals("Battle of Harrow Fen", page.title());
        assertEquals("{{Infobox military conflict}}", page.wikitext());
    }

    @Test
    void aRedirectToAnotherHostIsRefused() {
        wiki.redirect("Battle of Elsewhere", "http://localhost:" + wiki.port() + "/x/w/api.php?titles=x");
        String message = refusal(() -> fetch("https://en.wikipedia.org/wiki/Battle_of_Elsewhere"));
        assertTrue(message.contains("localhost, which is not an allowed host"), message);
    }

    @Test
    void aMissingPageIsNamed() {
        String message = refusal(() -> fetch("https://simple.wikipedia.org/wiki/Battle_of_Nowhere"));
        assertEquals("Wikipedia has no article called “Battle of Nowhere”.", message);
    }

    @Test
    void aSlowWikiIsGivenUpOnAtTheTimeLimit() {
        wiki.page("Battle of Slow Marsh", RecordedWiki.WIKITEXT);
        wiki.delay("Battle of Slow Marsh", 3_000);
        String message = refusal(() -> client(Duration.ofMillis(300), 1 << 20)
                .wikitext(WikipediaAddress.parse("https://en.wikipedia.org/wiki/Battle_of_Slow_Marsh", ALLOWED)));
        assertTrue(message.startsWith("Wikipedia did not answer within"), message);
    }

    @Test
    void anAnswerOverTheSizeLimitIsRefused() {
        wiki.page("Battle of Long Text", "x".repeat(50_000));
        String message = refusal(() -> client(Duration.ofSeconds(3), 10_000)
                .wikitext(WikipediaAddress.parse("https://en.wikipedia.org/wiki/Battle_of_Long_Text", ALLOWED)));
        assertTrue(message.contains("larger than 9 KB"), message);
    }

    @Test
    void anAnswerThatIsNotJsonIsRefusedWithAMessage() {
        wiki.rawAnswer("Battle of Garble", "<html>maintenance</html>");
        String message = refusal(() -> fetch("https://en.wikipedia.org/wiki/Battle_of_Garble"));
        assertEquals("Wikipedia's answer could not be read.", message);
    }

    @Test
    void onlyArticleAddressesOnAllowedHostsAreAccepted() {
        assertTrue(refusal(() -> WikipediaAddress.parse("https://evil.example.org/wiki/Battle_of_X", ALLOWED))
                .contains("evil.example.org is not one of them"));
        assertTrue(refusal(() -> WikipediaAddress.parse("https://en.wikipedia.org/w/index.php?title=X", ALLOWED))
                .contains("does not name an article"));
        assertTrue(refusal(() -> WikipediaAddress.parse("file:///etc/passwd", ALLOWED)).contains("https://"));
        assertTrue(refusal(() -> WikipediaAddress.parse("not an address at all", ALLOWED)).contains("not a web address"));
        assertEquals(new WikipediaAddress("en.wikipedia.org", "Battle of Mohács"),
                WikipediaAddress.parse("https://en.wikipedia.org/wiki/Battle_of_Moh%C3%A1cs", ALLOWED));
    }
}
