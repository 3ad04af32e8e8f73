package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.battlequiz.generation.item.QuestionContent;
import org.junit.jupiter.api.Test;

/** Explanations read as prose: the fact in a sentence, then the evidence quoted readably. */
class ExplanationTest {

    private static List<QuestionContent> items() {
        return new QuestionGenerator().generate(Fixtures.oakfield(), List.of(), 3).questions();
    }

    @Test
    void aGluedInfoboxLabelIsSeparatedFromItsValue() {
        assertEquals("Date: 12 May 1461", Evidence.of(Fixtures.line("Date12 May 1461", 3)));
        assertEquals("Date: 12 May 1461", Evidence.of(Fixtures.line("Date12 May 1461; 563 years ago (1461-05-12)", 3)));
        assertEquals("Location: Oakfield, Kent", Evidence.of(Fixtures.line("LocationOakfield, Kent", 4)));
    }

    @Test
    void referenceMarksAndRefTagsLeaveTheQuote() {
        FactRef fact = FactRef.of("x", "body", Fixtures.line("The ford was held.[2] By noon it fell.[3]", 9, "2", "3"));
        assertEquals("From the article: \u201cThe ford was held. By noon it fell.\u201d", Evidence.quote(fact));
        assertEquals("500 killed", Evidence.clean("500<ref name=\"Smith\">Smith, A. (1967). Oakfield.</ref> killed"));
    }

    @Test
    void explanationsLeaveFootnoteNumbersToTheSourceLineWithOrWithoutAReferenceList() {
        String withRefs = String.join("\n", "Battle of Harl Moor", "", "Battle of Harl Moor", "Part of the Marsh Wars",
                "Date3 June 1402", "LocationHarl Moor", "ResultDecisive Ostmark victory[1]", "Belligerents",
                "Ostmark\tWestmark", "Commanders and leaders", "Aldo Brenn\tCarl Vey", "Strength", "4,000[2]\t3,000[2]",
                "", "The Battle of Harl Moor was fought between Ostmark and Westmark in 1402.[3]", "", "References", "",
                "  1. ^ Invented.", "  2. ^ Invented.", "  3. ^ Invented.");
        String withoutRefs = withRefs.substring(0, withRefs.indexOf("\n\nReferences"));
        org.battlequiz.article.ArticleParser parser = new org.battlequiz.article.ArticleParser();
        for (String text : List.of(withRefs, withoutRefs)) {
            List<QuestionContent> items = new QuestionGenerator().generate(parser.parse(text), List.of(), 3).questions();
            assertFalse(items.isEmpty());
            assertTrue(items.stream().noneMatch(q -> q.explanation().matches("(?s).*\\[\\d\\].*")), items::toString);
            assertTrue(items.stream().anyMatch(q -> q.source().contains("[2]")), items::toString);
        }
    }

    @Test
    void aDateRangeThatLostItsDashOrABracketItsSpaceIsQuotedWithThem() {
        assertEquals("Date: March 27 – March 29, 1941", Evidence.clean("Date: March 27March 29, 1941"));
        assertEquals("September 19, 1944 – February 10, 1945", Evidence.clean("September 19, 1944February 10, 1945"));
        assertEquals("Date: 2 November 1461 – 20 December 1461", Evidence.clean("Date: 2 November 146120 December 1461"));
        assertEquals("3,100 killed and wounded (including 150 prisoners)",
                Evidence.clean("3,100 killed and wounded(including 150 prisoners)"));
        assertEquals("Date: 12 May 1461", Evidence.of(Fixtures.line("Date12 May 1461", 3)));
    }

    @Test
    void emptyBracketsAndNoteLettersLeftByLostLinksLeaveTheQuote() {
        assertEquals("Date: November 14–18, 1965", Evidence.clean("Date: () November 14–18, 1965"));
        assertEquals("The hill was taken by the Ostish army.", Evidence.clean("The hill was taken (a) by the Ostish army."));
    }

    @Test
    void aDateFromALongParagraphQuotesOnlyTheSentenceGivingItsYear() {
        String lead = "The Battle of Harl Hill was a battle of the Marsh Wars between the Ostish army and the Westmark"
                + " garrison, which held the hill for a week before the relief column arrived from the south. The"
                + " battle was fought on 23 January 1900 on the hilltop and ended in an Ostish victory. It was the"
                + " bloodiest day of the war.";
        assertEquals("The battle was fought on 23 January 1900 on the hilltop and ended in an Ostish victory.",
                DateItems.sentenceWithYear(Fixtures.line(lead, 3), new DateValue(1900, 1, 23)));
        assertEquals(null, DateItems.sentenceWithYear(Fixtures.line("Date23 January 1900", 3), new DateValue(1900, 1, 23)));
        String ranks = "The Battle of Pine Ridge (March 7–8, 1862) took place near Leetown, northeast of Tessa, in the"
                + " hills of the border country.[4] Federal forces, led by Brig. Gen. Amos Varn, moved south from the"
                + " river, driving the Confederate forces into the hills.";
        assertEquals("The Battle of Pine Ridge (March 7–8, 1862) took place near Leetown, northeast of Tessa, in the"
                + " hills of the border country.", DateItems.sentenceWithYear(Fixtures.line(ranks, 3),
                new DateValue(1862, 3, 7)), "a rank's full stop ends no sentence, a footnote after one does");
    }

    @Test
    void aStrengthRowNamesTheSideAndReadsAsOneRow() {
        assertEquals("Strength, House of York: About 8,000", Evidence.row("Strength", "House of York", "About 8,000[2]"));
    }

    @Test
    void aFigureIsQuotedWithThePartOfTheRowThatHoldsItNotTheRowsCutOffEnd() {
        org.battlequiz.article.ParsedArticle a = Fixtures.oakfield();
        org.battlequiz.article.Side york = a.sides().get(0);
        org.battlequiz.article.Strength cut = new org.battlequiz.article.Strength(40000L, 50000L,
                "40,000 to 50,000; 20,000 horsemen; Unknown number of", york.strength().sources(), 0.95);
        org.battlequiz.article.Side changed = new org.battlequiz.article.Side(york.belligerents(), york.commanders(),
                york.units(), cut, york.casualties());
        org.battlequiz.article.ParsedArticle article = new org.battlequiz.article.ParsedArticle(a.title(), a.partOf(),
                a.dateStart(), a.dateEnd(), a.location(), a.result(), a.winner(), List.of(changed, a.sides().get(1)),
                a.bodyFacts(), a.fieldSources());
        List<String> quotes = new StrengthItems().drafts(new Battle(article, List.of()), new java.util.Random(3))
                .stream().map(d -> d.content().explanation()).filter(e -> e.contains("House of York")).toList();
        assertFalse(quotes.isEmpty());
        assertTrue(quotes.stream().anyMatch(e -> e.contains("\u201cStrength, House of York: 40,000 to 50,000\u201d")),
                quotes::toString);
        assertTrue(quotes.stream().noneMatch(e -> e.contains("Unknown number of")), quotes::toString);
    }

    @Test
    void everyExplanationStatesTheFactThenQuotesWithoutLineNumbers() {
        for (QuestionContent q : items()) {
            String e = q.explanation();
            assertTrue(e.contains("From the article: \u201c"), e);
            assertFalse(e.matches("(?s).*\\bline \\d+.*"), e);
            assertFalse(e.startsWith("Answer:"), e);
            assertFalse(e.contains("Date12"), e);
        }
    }

    @Test
    void aFalseStatementIsExplainedByTheTrueFactNotByAnInventedOne() {
        for (QuestionContent q : items()) {
            if (q.prompt().startsWith("Edward of March was a commander of")) {
                assertTrue(q.explanation().contains("Edward of March was a commander of the House of York"), q.explanation());
            }
        }
    }

    @Test
    void aCommanderQuoteIsTheSidesRowNotTwoColumnsRunTogether() {
        QuestionContent q = new CommanderItems().drafts(new Battle(Fixtures.oakfield(), List.of()), new java.util.Random(3))
                .stream().map(Draft::content)
                .filter(i -> i.prompt().startsWith("Which of these commanders fought on the losing side"))
                .findFirst().orElseThrow();
        assertTrue(q.explanation().contains(
                "\u201cCommanders and leaders, House of Lancaster: Henry Beaufort \u2020\u201d"), q.explanation());
        assertFalse(q.explanation().contains("Edward of March"), q.explanation());
    }

    @Test
    void whatIsLeftOfAPronunciationGuideAndStopsBeforeSemicolonsLeaveTheQuote() {
        assertEquals("The Battle of Hollow Ford or Holford was fought in 1810.",
                Evidence.clean("The Battle of Hollow Ford (pronounced [ˈhɒl.fəd]) or Holford was fought in 1810."));
        assertEquals("3,500 cavalry; 7,500 infantry.", Evidence.clean("3,500 cavalry.; 7,500 infantry."));
    }

    @Test
    void aConflictNamedForAPlaceInAWarTakesNoArticle() {
        assertEquals("Ostra in the Wars of the Three Crowns",
                Texts.conflictInSentence("Ostra in the Wars of the Three Crowns"));
        assertEquals("the Marn War", Texts.conflictInSentence("Marn War"));
    }

    @Test
    void aTemplateRowIsQuotedByItsLabelAndARangeThatLostItsDashGetsItBack() {
        org.battlequiz.article.SourceLine row = new org.battlequiz.article.SourceLine(12, "| date = 28 August 1914",
                List.of());
        assertEquals("Date: 28 August 1914", Evidence.of(row));
        assertEquals("Result: Ranish victory",
                Evidence.of(new org.battlequiz.article.SourceLine(13, "result=Ranish victory", List.of())));
        assertEquals("Date: May 31 – June 12, 1864", Evidence.of(new org.battlequiz.article.SourceLine(9,
                "DateMay 31 (1864-05-31) June 12, 1864 (1864-06-13)", List.of())));
        assertEquals("Date: 21 July – 10 August 1944", Evidence.of(new org.battlequiz.article.SourceLine(9,
                "Date21 July – 10 August 1944 (1944-07-21 1944-08-10)", List.of())));
    }
}
