package org.battlequiz.article;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class BadInputTest {
    private final ArticleParser parser = new ArticleParser();

    private String rejection(String text) {
        return assertThrows(NotABattleArticleException.class, () -> parser.parse(text)).getMessage();
    }

    @Test
    void aPageWithoutATitleLineIsRefusedSayingSoNotThatItIsEmpty() {
        NotABattleArticleException e = org.junit.jupiter.api.Assertions.assertThrows(NotABattleArticleException.class,
                () -> new ArticleParser().parse("A place east of the river where a battle took place (Encyclopedia) -"
                        + " Battle of Harl Belligerents Commanders and leaders Strength Casualties and losses\n"
                        + "October 1, 331 BC\nDecisive Ostish victory"));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("title"), e.getMessage());
    }

    @Test
    void emptyTextIsRejectedNamingWhatWasExpected() {
        assertTrue(rejection("").contains("battle article"));
        assertTrue(rejection(" \n\t\n").contains("empty"));
    }

    @Test
    void binaryDataIsRejected() {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        assertTrue(rejection(new String(bytes, StandardCharsets.UTF_8)).contains("battle article"));
        assertTrue(rejection("\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000b\u000e\u000f").contains("binary"));
    }

    @Test
    void anHtmlPageIsRejected() {
        String html = "<!DOCTYPE html>\n<html><head><title>Battle of Agincourt</title></head>\n"
                + "<body><table class=\"infobox\"><tr><th>Belligerents</th></tr></table></body></html>";
        assertTrue(rejection(html).contains("HTML"));
    }

    @Test
    void aWikipediaArticleThatIsNotABattleIsRejected() {
        String paris = String.join("\n", "Paris", "", "Paris", "Capital city of France", "Country France",
                "Region Île-de-France", "Government", " • Mayor Anne Hidalgo", "Area", " • City 105.4 km2", "",
                "Paris is the capital and largest city of France, with an estimated population of 2,102,650 residents"
                        + " in January 2023 in an area of more than 105 km2.[1]", "", "  1. ^ INSEE.", "",
                "From Wikipedia, the free encyclopedia · View on Wikipedia");
        assertTrue(rejection(paris).contains("Belligerents"));
    }

    @Test
    void aTruncatedArticleIsReadWithAWarning() throws Exception {
        assumeTrue(Files.isDirectory(ArticleCorpus.SHARED));
        String seed = ArticleCorpus.read(ArticleCorpus.SHARED.resolve("00_second-battle-of-al-qusayr.txt"));
        for (String cut : List.of(seed.substring(0, seed.indexOf("Strength")), seed.substring(0, 400))) {
            ParsedArticle a = new ArticleParser().parse(cut);
            assertEquals("Second Battle of al-Qusayr", a.title());
            assertTrue(a.warnings().stream().anyMatch(w -> w.contains("stops")), a.warnings().toString());
        }
    }

    @Test
    void aTruncatedWikitextInfoboxIsRejected() {
        String wiki = "{{Infobox military conflict\n| conflict = Battle of X\n| combatant1 = [[Red]]\n| commander1 = {{plainlist|";
        assertTrue(rejection(wiki).contains("truncated"));
    }

    @Test
    void aOneMebibyteLineIsRejectedQuickly() {
        String line = "Battle of X\n" + "1,000 killed ".repeat(1024 * 1024 / 13 + 1);
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(2), () -> assertTrue(rejection(line).contains("line")));
    }

    @Test
    void longButAllowedLinesParseInLinearTime() {
        String seed = String.join("\n", "Battle of X", "", "Battle of X", "Date1 May 1900", "Result Red victory",
                "Belligerents", "", "Red", "", "Blue", "Commanders and leaders", "A B " + "C D ".repeat(4000),
                "Strength", "((((" + "1,0 ".repeat(4000), "Casualties and losses", "[1][".repeat(3000) + " killed", "",
                "The battle was fought between Red and Blue over a long day in May of the year nineteen hundred, "
                        + "and Red won it.", "", "  1. ^ Ref.");
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(2), () -> parser.parse(seed));
    }
}
