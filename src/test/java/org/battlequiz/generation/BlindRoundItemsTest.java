package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.battlequiz.article.Commander;
import org.battlequiz.article.NamedEntry;
import org.battlequiz.article.ParsedArticle;
import org.battlequiz.article.Side;
import org.battlequiz.article.SourceLine;
import org.battlequiz.article.Strength;
import org.battlequiz.generation.item.QuestionContent;
import org.junit.jupiter.api.Test;

/** Teaching errors found in the items of the second blind round of articles, on invented text. */
class BlindRoundItemsTest {
    private static final FactRef FACT = FactRef.of("body:1", "body", new SourceLine(30, "A sentence.", List.of()));

    @Test
    void twoFiguresSharingOneNounBothCountIt() {
        List<Amount> amounts = Amount.parse("Initially: 13 Ardish and 11 Morv divisions; Finally: 40 divisions");
        assertEquals(List.of("Ardish divisions", "Morv divisions", "divisions"),
                amounts.stream().map(Amount::label).toList());
        assertEquals(List.of("soldiers", "Marines"),
                Amount.parse("300 soldiers and 78 Marines").stream().map(Amount::label).toList());
    }

    @Test
    void theRegionOfALocationIgnoresCommasInsideANote() {
        assertEquals("Vell March", SettingItems.lastPart("Near Orrin, Vell March (modern Tessa, Kethia)"));
        assertEquals("Kethia", SettingItems.lastPart("Orrin, Tessa, Kethia"));
    }

    @Test
    void aConflictNamedLikeAnOperationOrAWorldWarTakesNoArticle() {
        assertEquals("Operation Tarn Gate", Texts.conflictInSentence("Operation Tarn Gate"));
        assertEquals("World War II", Texts.conflictInSentence("World War II"));
        assertEquals("Osric's invasion of Vell", Texts.conflictInSentence("Osric's invasion of Vell"));
        assertEquals("the Hundred Years' War", Texts.conflictInSentence("Hundred Years' War"));
        assertEquals("the Wars of the Cousins", Texts.conflictInSentence("the Wars of the Cousins"));
        assertEquals("the Battles of Orrin Ridge", Texts.battleName("Battles of Orrin Ridge"));
    }

    @Test
    void aClozeWhoseAnswerSharesAWordWithTheSentenceIsDropped() {
        Draft giveaway = Items.cloze(FACT, "Fill in the blank: The Battle of Orrin was fought off ____ in the north.",
                List.of("Cape Orrin"), 0.5);
        assertEquals(Optional.of(QualityGates.GIVES_AWAY), new QualityGates().check(giveaway));
        Draft sound = Items.cloze(FACT, "Fill in the blank: The Battle of Orrin was fought off ____ in the north.",
                List.of("Cape Vell"), 0.5);
        assertEquals(Optional.empty(), new QualityGates().check(sound));
    }

    @Test
    void aWarlordWhoIsASideIsNotAskedAsItsOwnCommander() {
        ParsedArticle a = Fixtures.oakfield();
        Side york = a.sides().get(0);
        SourceLine line = york.commanders().get(0).source();
        Side warlord = new Side(List.of(new NamedEntry("Edward of March", line, 0.9)),
                List.of(new Commander("Edward of March", null, line, 0.9), york.commanders().get(1)),
                york.units(), york.strength(), york.casualties());
        ParsedArticle changed = new ParsedArticle(a.title(), a.partOf(), a.dateStart(), a.dateEnd(), a.location(),
                a.result(), a.winner(), List.of(warlord, a.sides().get(1)), a.bodyFacts(), a.fieldSources());
        List<String> prompts = new CommanderItems().drafts(new Battle(changed, List.of()), new Random(3)).stream()
                .map(Draft::content).map(QuestionContent::prompt).toList();
        assertTrue(prompts.stream().noneMatch(p -> p.startsWith("Edward of March fought")), prompts::toString);
        assertTrue(prompts.stream().anyMatch(p -> p.startsWith("Richard Neville fought")), prompts::toString);
    }

    @Test
    void aBattleKnownOnlyByYearsIsAskedWhenItEnded() {
        ParsedArticle a = Fixtures.oakfield();
        ParsedArticle years = new ParsedArticle(a.title(), a.partOf(), "1460", "1461", a.location(), a.result(),
                a.winner(), a.sides(), a.bodyFacts(), a.fieldSources());
        List<String> prompts = new DateItems().drafts(new Battle(years, List.of()), new Random(3)).stream()
                .map(Draft::content).map(QuestionContent::prompt).toList();
        assertTrue(prompts.contains("When did the Battle of Oakfield end?"), prompts::toString);
    }

    @Test
    void aDayTheDateRowGivesInAnotherCalendarIsNoWrongAnswer() {
        SourceLine row = new SourceLine(3, "Date7 September [O.S. 26 August] 1412", List.of());
        DateValue key = new DateValue(1412, 9, 7);
        assertTrue(DateItems.statedIn(row, new DateValue(1412, 8, 26)));
        boolean seenElsewhere = false;
        for (long seed = 0; seed < 300; seed++) {
            List<String> wrong = DateItems.distractors(key, 0, List.of(key), row, year -> true, new Random(seed));
            assertTrue(!wrong.contains("26 August 1412"), wrong::toString);
            seenElsewhere |= DateItems.distractors(key, 0, List.of(key), null, year -> true, new Random(seed)).contains("26 August 1412");
        }
        assertTrue(seenElsewhere, "without the row the shift does reach that day");
    }

    @Test
    void aFigureLabelledWithAMemberOfTheSideCountsThatMembersMen() {
        ParsedArticle a = Fixtures.oakfield();
        Side york = a.sides().get(0);
        SourceLine row = york.strength().sources().get(0);
        Side allied = new Side(List.of(new NamedEntry("House of York", row, 0.9), new NamedEntry("Kethic Empire", row, 0.9)),
                york.commanders(), york.units(), new Strength(9000L, 9000L,
                "9,000; 7,000 Kethic Empire; 2,000 archers", List.of(row), 0.9), york.casualties());
        ParsedArticle changed = new ParsedArticle(a.title(), a.partOf(), a.dateStart(), a.dateEnd(), a.location(),
                a.result(), a.winner(), List.of(allied, a.sides().get(1)), a.bodyFacts(), a.fieldSources());
        List<String> prompts = new StrengthItems().drafts(new Battle(changed, List.of()), new Random(3)).stream()
                .map(Draft::content).map(QuestionContent::prompt).toList();
        assertTrue(prompts.contains("How many men did the Kethic Empire have at the Battle"
                + " of Oakfield?"), prompts::toString);
        assertTrue(prompts.stream().noneMatch(p -> p.toLowerCase(java.util.Locale.ROOT).contains("how many kethic empire")), prompts::toString);
        assertTrue(prompts.stream().anyMatch(p -> p.contains("How many archers did the House of York and the Kethic"
                + " Empire have")), prompts::toString);
    }

    @Test
    void aWarOrPlaceOfAnotherRegionDecadesAwayIsNeverOffered() {
        List<ParsedArticle> bank = List.of(
                OtherBattles.battle("Battle of Kessel Ridge", "Eastern Front", "1942-08-23", "Kessel, Vellmark",
                        "Ada Morn", "Vell Army", "Ulric Sand", "Kethic Army"),
                OtherBattles.battle("Battle of Tarn", "Tarnish civil war", "1483-05-02", "Tarn, Tessaly",
                        "Osric Hale", "Tarn League", "Aldric Vane", "Tarn Crown"),
                OtherBattles.battle("Battle of Wex", "Wars of the Cousins", "1468-06-01", "Wex, Kent", "Tobias Wren",
                        "Wexmen", "Jonas Pike", "Kentmen"));
        List<QuestionContent> items = new SettingItems().drafts(new Battle(Fixtures.oakfield(), bank), new Random(2))
                .stream().map(Draft::content).toList();
        String all = items.toString();
        assertTrue(!all.contains("Eastern Front") && !all.contains("Kessel") && !all.contains("Tarnish"), all);
        assertTrue(!all.contains("Tarn, Tessaly"), "a place of another region is not offered: " + all);
    }

    @Test
    void onlyAWordOfApproximationBesideTheYearMakesTheDateApproximate() {
        assertTrue(DateItems.circa("Datec. 1046 BC", -1046));
        assertTrue(DateItems.circa("It was fought about September 490 BC.", -490));
        assertTrue(!DateItems.circa("On 20–21 November 1863 about 500 warriors held the line.", 1863));
        assertTrue(!DateItems.circa("More than 1400 troops defeated about 500 warriors in November 1863.", 1863));
    }

    @Test
    void aBlankAsksForAFigureOrAShortNameOnly() {
        assertTrue(ClozeItems.typeable("8,000"));
        assertTrue(ClozeItems.typeable("Vellan Wars"));
        assertTrue(!ClozeItems.typeable("Vellan–Kethic War of 602–628"));
        assertTrue(!ClozeItems.typeable("the War of the Five Kings of Orrin"));
    }

    @Test
    void anEventCutShortOrMissingItsDateIsNotOrdered() {
        assertEquals("The fort fell during the winter.", TimelineItems.eventText("The fort fell on 20–21 November 1603 during"
                + " the winter."));
    }

    @Test
    void companiesAndBaroniesTakeTheArticleButPeopleDoNot() {
        assertEquals("the British East India Company", Texts.group("British East India Company"));
        assertEquals("the Barony of Boves", Texts.group("Barony of Boves"));
        assertEquals("the Tarnish Monarchy", Texts.group("Tarnish Monarchy"));
        assertEquals("the Velt Crusaders", Texts.group("Velt Crusaders"));
        assertEquals("the Tarnish Estates", Texts.group("Tarnish Estates"));
        assertEquals("the Marquisate of Halda", Texts.group("Marquisate of Halda"));
        assertEquals("Edward of March", Texts.group("Edward of March"));
    }

    @Test
    void partiesCouncilsAndRegimesTakeTheArticle() {
        assertEquals("the Tarnish Workers' Party", Texts.group("Tarnish Workers' Party"));
        assertEquals("the Velt Revolutionary Council", Texts.group("Velt Revolutionary Council"));
        assertEquals("the Halda Resistance", Texts.group("Halda Resistance"));
        assertEquals("the Boves Regime", Texts.group("Boves Regime"));
    }

    @Test
    void aDateGivenAsARangeOfPossibleMonthsIsAskedByItsYear() {
        ParsedArticle a = Fixtures.oakfield();
        java.util.Map<String, SourceLine> fields = new java.util.LinkedHashMap<>(a.fieldSources());
        fields.put("date", Fixtures.line("DateBetween May–September 1461", 3));
        ParsedArticle ranged = new ParsedArticle(a.title(), a.partOf(), "1461-05", "1461-09", a.location(), a.result(),
                a.winner(), a.sides(), a.bodyFacts(), fields);
        List<QuestionContent> items = Fixtures.items(new DateItems(), ranged);
        assertTrue(!items.isEmpty());
        assertTrue(items.stream().noneMatch(q -> q.prompt().contains("September") || q.prompt().contains(" end")
                || q.explanation().substring(0, q.explanation().indexOf("From the article")).contains("September")),
                items::toString);
    }
}
