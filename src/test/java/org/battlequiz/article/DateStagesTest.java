package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A Date row printed as one line per stage of the battle, or per calendar of one day, on an invented battle. */
class DateStagesTest {
    private static ParsedArticle parse(String... dateLines) {
        return new ArticleParser().parse(String.join("\n", "Battle of Orrin Pass", "", "Date" + dateLines[0],
                String.join("\n", java.util.Arrays.copyOfRange(dateLines, 1, dateLines.length)), "Location",
                "Orrin Pass, Tarn", "Result Varnian victory", "Belligerents", " Varnia", " Tarn",
                "Commanders and leaders", "Piet Hale Edric Varn", "Strength", "5,000 7,000", "Casualties and losses",
                "1,000 killed 2,000 killed"));
    }

    @Test
    void successiveStagesMakeOneBattleFromTheFirstStartToTheLastEnd() {
        ParsedArticle a = parse("July 17–19, 1877 (1st stage)", "August 21–26, 1877 (2nd stage)",
                "January 5–9, 1878 (3rd stage)");
        assertEquals("1877-07-17", a.dateStart());
        assertEquals("1878-01-09", a.dateEnd());
        assertEquals("July 17–19, 1877 (1st stage); August 21–26, 1877 (2nd stage); January 5–9, 1878 (3rd stage)",
                a.fieldSources().get("date").text());
    }

    @Test
    void oneDayInTwoCalendarsIsNoSecondStage() {
        ParsedArticle a = parse("27 June 1709 (O.S.)", "8 July 1709 (N.S.)");
        assertEquals("1709-07-08", a.dateStart(), "the New Style day");
        assertEquals("1709-07-08", a.dateEnd());
    }

    @Test
    void ofThreeCalendarsTheNewStyleDayIsTheDate() {
        ParsedArticle a = parse(" 2 February 1706 (O.S.)", "3 February 1706 (Swedish calendar)", "13 February 1706 (N.S.)");
        assertEquals("1706-02-13", a.dateStart());
        assertEquals("1706-02-13", a.dateEnd());
        assertEquals("1706-02-02", parse(" 2 February 1706").dateStart(), "one calendar keeps its day");
    }
}
