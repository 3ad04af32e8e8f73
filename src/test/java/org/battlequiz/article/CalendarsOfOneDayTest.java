package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A day given by several calendars, one line each: the battle is dated by the New Style (Gregorian) one. */
class CalendarsOfOneDayTest {
    private static ParsedArticle page(String... dateRows) {
        return new ArticleParser().parse(String.join("\n", "Battle of Oued Sarra", "", "Battle of Oued Sarra",
                "Part of the Sahel War", "", "Date " + String.join("\n", dateRows), "Location Oued Sarra",
                "Result Tessan victory", "Belligerents", "Tessa  Varnia", "Commanders and leaders", "Amos Pell Rufus Grane",
                "Strength", "3,000 1,400", "Casualties and losses", "120 killed 86 killed", "",
                "The Battle of Oued Sarra was fought on the coast road early in 1706.", "",
                "  1. ^ Invented for this test.", "", "From Wikipedia, the free encyclopedia · View on Wikipedia"));
    }

    @Test
    void theNewStyleDayIsTheDate() {
        ParsedArticle article = page("2 February 1706 (O.S.)", "3 February 1706 (Swedish calendar)",
                "13 February 1706 (N.S.)");
        assertEquals("1706-02-13", article.dateStart());
        assertEquals("1706-02-13", article.dateEnd());
    }

    @Test
    void aRowWithOneCalendarKeepsItsDate() {
        assertEquals("1706-02-02", page("2 February 1706").dateStart());
    }
}
