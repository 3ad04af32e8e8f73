package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.junit.jupiter.api.Test;

class DateItemsTest {
    private final Battle oakfield = new Battle(Fixtures.oakfield(), List.of());

    private QuestionContent first(QuestionType type, long seed) {
        return new DateItems().drafts(oakfield, new Random(seed)).stream().map(Draft::content)
                .filter(q -> q.type() == type).findFirst().orElseThrow();
    }

    @Test
    void aBattleStillGoingOnIsAskedWhenItBeganAndNeverWhenItEnded() {
        org.battlequiz.article.ParsedArticle siege = new org.battlequiz.article.ArticleParser().parse(String.join("\n",
                "Siege of Harl", "", "Part of the Marsh War", "Date 16 October 2016 \u2013 present", "LocationHarl",
                "Status Ongoing", "Belligerents", "Ostmark\tWestmark", "Commanders and leaders", "Aldo Brenn\tCarl Vey",
                "", "The siege of Harl began in October 2016 when the Ostmark army attacked the town."));
        assertEquals("2016-10-16", siege.dateStart());
        assertEquals(null, siege.dateEnd());
        for (long seed = 0; seed < 6; seed++) {
            List<QuestionContent> items = new DateItems().drafts(new Battle(siege, List.of()), new java.util.Random(seed))
                    .stream().map(Draft::content).toList();
            assertTrue(items.stream().allMatch(q -> !(q.prompt() + q.explanation()).contains("end")
                    && !q.explanation().contains("was fought")), items::toString);
            assertTrue(items.get(0).explanation().startsWith("The Siege of Harl began on 16 October 2016."),
                    items.get(0)::explanation);
        }
    }

    @Test
    void noDateOfferedFallsAfterTheWarTheBattleWasPartOf() {
        org.battlequiz.article.ParsedArticle landing = new org.battlequiz.article.ArticleParser().parse(String.join(
                "\n", "Battle of Harl Atoll", "", "Part of the Pacific Front (World War II)",
                "Date21 July – 10 August 1945", "LocationHarl Atoll", "Result Ostmark victory", "Belligerents",
                "Ostmark\tWestmark", "Commanders and leaders", "Aldo Brenn\tCarl Vey", "",
                "The Battle of Harl Atoll was fought in the summer of 1945."));
        for (long seed = 0; seed < 40; seed++) {
            for (Draft draft : new DateItems().drafts(new Battle(landing, List.of()), new Random(seed))) {
                QuestionContent q = draft.content();
                String shown = q.prompt() + " " + String.join(" ", q.options());
                assertTrue(!shown.matches(".*\\b194[6-9]\\b.*"), shown);
            }
        }
    }

    @Test
    void aDateGivenInTheOldStyleOnlyIsAskedSo() {
        org.battlequiz.article.ParsedArticle harl = new org.battlequiz.article.ArticleParser().parse(String.join("\n",
                "Battle of Harl", "", "Part of the Marsh War", "Date26\u201328 July 1822 (O.S.)", "LocationHarl",
                "Result Ostmark victory", "Belligerents", "Ostmark\tWestmark", "Commanders and leaders",
                "Aldo Brenn\tCarl Vey", "", "The Battle of Harl was fought in July 1822 when the Ostmark army held the pass."));
        List<QuestionContent> items = new DateItems().drafts(new Battle(harl, List.of()), new Random(1)).stream()
                .map(Draft::content).toList();
        List<String> dayItems = items.stream().map(QuestionContent::prompt).filter(p -> p.startsWith("On what date")).toList();
        assertTrue(!dayItems.isEmpty() && dayItems.stream().allMatch(p -> p.endsWith(", by the Old Style calendar?")),
                items.toString());
    }

    @Test
    void severalBattlesDatedOnlyByTheLeadAreNotAskedOneDate() {
        String rows = String.join("\n", "Belligerents", "Ostmark\tWestmark", "Commanders and leaders",
                "Aldo Brenn\tCarl Vey", "");
        org.battlequiz.article.ParsedArticle lead = new org.battlequiz.article.ArticleParser().parse(String.join("\n",
                "Battles of Harl", "", "Part of the Marsh War", rows,
                "The Battles of Harl were five battles between Ostmark and Westmark. The fourth, fought on 18 October"
                        + " 1561, was the largest."));
        assertTrue(new DateItems().drafts(new Battle(lead, List.of()), new java.util.Random(1)).isEmpty());
        org.battlequiz.article.ParsedArticle row = new org.battlequiz.article.ArticleParser().parse(String.join("\n",
                "Battles of Harl", "", "Part of the Marsh War", "Date 18 October 1561", rows,
                "The Battles of Harl were fought on one day between Ostmark and Westmark."));
        assertTrue(!new DateItems().drafts(new Battle(row, List.of()), new java.util.Random(1)).isEmpty());
    }

    @Test
    void yearItemOfAnExactDateHasNoTolerance() {
        QuestionContent year = first(QuestionType.DATE, 1);
        assertEquals(List.of("1461"), year.keys());
        assertEquals(0.0, year.tolerance());
    }

    @Test
    void dateChoicesKeepTheDayPrecisionOfTheKey() {
        for (long seed = 0; seed < 10; seed++) {
            QuestionContent choice = first(QuestionType.SINGLE_CHOICE, seed);
            assertEquals("12 May 1461", choice.keys().get(0));
            assertEquals(4, choice.options().size());
            assertTrue(choice.options().stream().allMatch(o -> o.matches("\\d{1,2} [A-Z][a-z]+ \\d{4}")), choice::toString);
        }
    }

    @Test
    void aDateKnownToTheMonthIsAskedInWhichMonthNotOnWhatDate() {
        org.battlequiz.article.ParsedArticle raid = new org.battlequiz.article.ArticleParser().parse(String.join("\n",
                "Raid on Calder Ford", "", "Part of the Marsh War", "Date September 1862", "LocationCalder Ford",
                "Result Ostmark victory", "Belligerents", "Ostmark\tWestmark", "Commanders and leaders",
                "Aldo Brenn\tCarl Vey", "", "The raid on Calder Ford was fought in September 1862 when the Ostmark"
                        + " army attacked the ford."));
        QuestionContent choice = new DateItems().drafts(new Battle(raid, List.of()), new Random(2)).stream()
                .map(Draft::content).filter(q -> q.type() == QuestionType.SINGLE_CHOICE).findFirst().orElseThrow();
        assertEquals("In which month did the Raid on Calder Ford take place?", choice.prompt());
        assertTrue(choice.options().stream().allMatch(o -> o.matches("[A-Z][a-z]+ \\d{4}")), choice::toString);
    }

    @Test
    void aFalseDateStatementShiftsTheDate() {
        for (long seed = 0; seed < 10; seed++) {
            QuestionContent tf = first(QuestionType.TRUE_FALSE, seed);
            boolean statesTheRightDate = tf.prompt().contains("12 May 1461");
            assertEquals(statesTheRightDate ? "True" : "False", tf.keys().get(0), tf::toString);
        }
    }

    @Test
    void datesOfCoarserPrecisionOverlapTheDaysTheyContain() {
        DateValue august = DateValue.parse("1942-08").orElseThrow();
        assertTrue(august.overlaps(DateValue.parse("1942-08-23").orElseThrow()));
        assertTrue(DateValue.parse("1942").orElseThrow().overlaps(august));
        assertTrue(!august.overlaps(DateValue.parse("1942-11-19").orElseThrow()));
        assertTrue(DateValue.parse("1943-02-30").isEmpty());
    }

    @Test
    void aCircaYearIsAcceptedWithinAFewYearsAndDistractorsLieOutside() {
        DateValue bc = DateValue.parse("-1046").orElseThrow();
        assertEquals("1046 BC", bc.display());
        for (long seed = 0; seed < 10; seed++) {
            for (String d : DateItems.distractors(bc, 5, List.of(bc), null, year -> true, new Random(seed))) {
                int year = -Integer.parseInt(d.replace(" BC", ""));
                assertTrue(Math.abs(year - bc.year()) > 5, d);
                assertNotEquals(bc.display(), d);
            }
        }
    }
}
