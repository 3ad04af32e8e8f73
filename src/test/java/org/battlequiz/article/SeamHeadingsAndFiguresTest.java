package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where the export runs two columns into one line: a commander before the other side's first heading ("Neil Barrow
 * Imperial Japanese Navy:"), and two bare figures ("18,000 12,000"). Invented article: no real battle.
 */
class SeamHeadingsAndFiguresTest {
    private static String article(String strength) {
        return String.join("\n", "Battle of Corran Reef", "", "Battle of Corran Reef", "Part of the Pelagic War", "",
                "Date12–14 March 1943", "LocationCorran Reef, Southern Ocean", "Result Decisive Allied victory",
                "Belligerents", "United States Australia", "Empire of Japan", "Commanders and leaders",
                "U.S. Navy:", "Harlan Ridge", "Walt Emmons", "U.S. Marine Corps:", "Cyrus Dane",
                "Royal Australian Navy:", "Neil Barrow Imperial Japanese Navy:", "Sato Kenji †",
                "Imperial Japanese Army:", "Mori Taro", "Strength", strength, "Casualties and losses",
                "1,100 killed 9,800 killed", "",
                "The reef was held by a Japanese garrison until the Allied fleet arrived in March 1943.");
    }

    @Test
    void aCommanderBeforeTheOtherSidesFirstHeadingStaysOnHisSide() {
        ParsedArticle a = new ArticleParser().parse(article("18,000 12,000"));
        assertEquals(List.of("Harlan Ridge", "Walt Emmons", "Cyrus Dane", "Neil Barrow"), names(a.sides().get(0)));
        assertEquals(List.of("Sato Kenji", "Mori Taro"), names(a.sides().get(1)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "18,000 12,000|18000|12000",
            "About 18,000 About 12,000|18000|12000",
            "18,000 about 12,000|18000|12000",
            "~18,000 ~12,000|18000|12000"})
    void twoFiguresInARowAreOnePerSide(String line, long first, long second) {
        ParsedArticle a = new ArticleParser().parse(article(line));
        assertEquals(Long.valueOf(first), a.sides().get(0).strength().min());
        assertEquals(Long.valueOf(second), a.sides().get(1).strength().min());
    }

    @Test
    void aFigureHeadingTheLinesBelowItIsTheirTotal() {
        ParsedArticle a = new ArticleParser().parse(article(
                "75,000:\nHarlan Ridge: 45,000\nWalt Emmons: 14,500\nCyrus Dane: 15,000\n300 cannons\n76,000:\n"
                        + "Sato Kenji: 67,000 soldiers\nMori Taro: 9,000 marines\n400 cannons"));
        assertEquals(Long.valueOf(75000), a.sides().get(0).strength().max());
        assertEquals(Long.valueOf(76000), a.sides().get(1).strength().max());
    }

    @Test
    void aBelligerentsNameBeforeItsFigureIsNoSeam() {
        ParsedArticle a = new ArticleParser().parse(article("United States About 18,000\nEmpire of Japan 12,000"));
        assertEquals(Long.valueOf(18000), a.sides().get(0).strength().min());
        assertEquals(Long.valueOf(12000), a.sides().get(1).strength().min());
    }

    @Test
    void aStatesFlagLabelDoubledBeforeItsNameIsOneBelligerentNotTwoColumns() {
        String text = String.join("\n", "Battle of Corran Dyke", "", "Battle of Corran Dyke", "Part of the Pelagic War",
                "", "Date 3–9 May 1944", "Location Corran Dyke", "Result Decisive German victory", "Belligerents",
                " United Kingdom", " United States", "Poland Poland", "Netherlands Corran Militia", " Germany",
                "Standaard Corran Guard.svg Corran Guard", "Commanders and leaders", "United Kingdom Harlan Ridge",
                "United States Cyrus Dane", "Nazi Germany Sato Kenji", "Nazi Germany Mori Taro", "Strength", "9,000 12,000",
                "Casualties and losses", "1,100 killed 800 killed", "",
                "The dyke was held by German troops against a British and Polish landing in May 1944.");
        ParsedArticle a = new ArticleParser().parse(text);
        List<String> first = a.sides().get(0).belligerents().stream().map(NamedEntry::name).toList();
        List<String> second = a.sides().get(1).belligerents().stream().map(NamedEntry::name).toList();
        assertEquals(List.of("United Kingdom", "United States", "Poland"), first.subList(0, 3));
        assertEquals(List.of("Germany", "Corran Guard"), second);
        assertEquals(1, java.util.stream.Stream.concat(first.stream(), second.stream()).filter(n -> n.contains("Poland"))
                .count(), first + " " + second);
    }

    private static List<String> names(Side side) {
        return side.commanders().stream().map(Commander::name).toList();
    }
}
