package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatesApartAndAlliesTest {
    private static ParsedArticle page(String result, String belligerents) {
        return new ArticleParser().parse("""
                Varn Wiki
                Battle of Orle Hill
                Part of the Hill War
                DateAugust 4, 1938 – August 19, 1938
                LocationOrle Hill, near Varn
                Result %s
                %s
                Commanders and leaders
                Tomas Verle Anker Hollis
                Casualties and losses
                Unknown Unknown

                The Battle of Orle Hill was fought in August 1938 near Varn.
                """.formatted(result, belligerents));
    }

    private static List<List<String>> sides(ParsedArticle a) {
        return a.sides().stream().map(s -> s.belligerents().stream().map(NamedEntry::name).toList()).toList();
    }

    @Test
    void twoStatesAWideGapApartAreTwoColumnsNotAFlagAndItsName() {
        ParsedArticle a = page("Tactical Republican victory", " Spanish Republic  Nationalist Spain");
        assertEquals(List.of(List.of("Spanish Republic"), List.of("Nationalist Spain")), sides(a));
        assertEquals(0, a.winner(), "the adjective of the Second Spanish Republic names the Spanish Republic");
    }

    @Test
    void anAlliedVictoryIsTheSideOfBritainOrItsDominions() {
        ParsedArticle a = page("Allied victory", """

                 United Kingdom
                 Poland

                 Germany
                 Italy""");
        assertEquals(0, a.winner());
        ParsedArticle b = page("Decisive Allied victory", """

                 Germany
                 Italy

                 Australia
                 Poland""");
        assertEquals(1, b.winner());
    }
}
