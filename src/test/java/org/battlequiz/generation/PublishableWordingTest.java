package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.junit.jupiter.api.Test;

/** Rules from a teacher's reading of generated sets: wording, figures worth typing, options, repetition. */
class PublishableWordingTest {
    private static final FactRef SOURCE = FactRef.of("filler", "body", Fixtures.line("Edward Henry", 7));

    @Test
    void aPeopleAClanOrARealmTakesTheArticleAndAStateKeepsItsBareName() {
        assertEquals("the French", Texts.group("French"));
        assertEquals("the Free French", Texts.group("Free French"));
        assertEquals("the Japanese", Texts.group("Japanese"));
        assertEquals("the Swiss", Texts.group("Swiss"));
        assertEquals("Vallach", Texts.group("Vallach"), "a place whose name ends like a nationality is no people");
        assertEquals("the Ottoman Turks", Texts.group("Ottoman Turks"), "a people named with its nation's adjective");
        assertEquals("Bangladesh", Texts.group("Bangladesh"), "a state keeps its bare name");
        assertEquals("France", Texts.group("France"));
        assertEquals("the Tessan Horde", Texts.group("Tessan Horde"));
        assertEquals("the Covenanters", Texts.group("Covenanters"), "the plural of a people the lexicon knows");
        assertEquals("the Scottish Covenanters", Texts.group("Scottish Covenanters"));
        assertEquals("the Royalists", Texts.group("Royalists"));
        assertEquals("the Kingdom of Tessa", Texts.group("Kingdom of Tessa"));
        assertEquals("the Oda clan", Texts.group("Oda clan"));
        assertEquals("the Tessan fleet", Texts.group("Tessan fleet"), "a nation's fleet");
        assertEquals("the Vellish defenders of Harl", Texts.group("Vellish defenders of Harl"));
        assertEquals("the CSA", Texts.group("CSA"), "initials read letter by letter");
        assertEquals("the USSR", Texts.group("USSR"));
        assertEquals("the FNLA", Texts.group("FNLA"));
        assertEquals("NATO", Texts.group("NATO"), "initials read as a word");
        assertEquals("UNITA", Texts.group("UNITA"));
    }

    @Test
    void aPluralPeopleIsOneWordThatNamesNoStateAndTakesTheirAllies() {
        assertTrue(Texts.isPluralPeople("Royalists"));
        assertFalse(Texts.isPluralPeople("Kingdom of Tessa"));
        assertFalse(Texts.isPluralPeople("United States"));
    }

    @Test
    void onlyRoundFiguresInTheThousandsAreTyped() {
        assertFalse(Figure.exact(95).suitsTyping(), "95 killed: only an exact answer would match");
        assertFalse(Figure.exact(7).suitsTyping());
        assertFalse(Figure.exact(560).suitsTyping());
        assertFalse(Figure.exact(13_781).suitsTyping());
        assertTrue(Figure.exact(38_000).suitsTyping());
        assertTrue(Figure.exact(1_500).suitsTyping());
        assertTrue(new Figure(1200, 2000, false).suitsTyping(), "a range is typed within its bounds");
        assertFalse(new Figure(22_284, 22_900, false).suitsTyping(), "a range of exact ends is no rough figure");
    }

    @Test
    void aSmallExactCountIsAskedAsAChoice() {
        Draft d = Items.figure(SOURCE, "How many men of the House of York were killed?", Figure.exact(95),
                new Random(3), 0.5);
        assertEquals(QuestionType.SINGLE_CHOICE, d.content().type());
        assertEquals(4, d.content().options().size());
    }

    @Test
    void whoFoughtWhomRestsOnBothColumnsBeingSure() {
        org.battlequiz.article.ParsedArticle a = Fixtures.oakfield();
        org.battlequiz.article.SourceLine names = Fixtures.line("House of York Kent House of Lancaster Tudor Wales", 6);
        org.battlequiz.article.Side york = new org.battlequiz.article.Side(List.of(
                new org.battlequiz.article.NamedEntry("House of York", names, 0.9),
                new org.battlequiz.article.NamedEntry("Kent", names, 0.9)), a.sides().get(0).commanders(), List.of(),
                a.sides().get(0).strength(), a.sides().get(0).casualties());
        org.battlequiz.article.Side lancaster = new org.battlequiz.article.Side(List.of(
                new org.battlequiz.article.NamedEntry("House of Lancaster", names, 0.9),
                new org.battlequiz.article.NamedEntry("Tudor Wales", names, 0.6)), a.sides().get(1).commanders(),
                List.of(), a.sides().get(1).strength(), a.sides().get(1).casualties());
        org.battlequiz.article.ParsedArticle both = new org.battlequiz.article.ParsedArticle(a.title(), a.partOf(),
                a.dateStart(), a.dateEnd(), a.location(), a.result(), 0, List.of(york, lancaster), a.bodyFacts(),
                a.fieldSources());
        List<Draft> pairs = new ArrayList<>();
        for (int seed = 0; seed < 20; seed++) {
            new SideItems().drafts(new Battle(both, List.of()), new Random(seed)).stream()
                    .filter(d -> d.content().prompt().contains(" fought against ")
                            || d.content().prompt().contains(" fought on the same side as ")).forEach(pairs::add);
        }
        assertFalse(pairs.isEmpty());
        for (Draft d : pairs) {
            boolean doubtful = d.content().prompt().contains("Tudor Wales");
            assertEquals(doubtful, d.fact().confidence() < QualityGates.MIN_SIDE_CONFIDENCE, d.content().prompt());
        }
    }

    @Test
    void whoFoughtWhomIsAskedAFewTimesNotForEveryPair() {
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            drafts.add(Items.singleChoice(FactRef.of("filler:" + i, "body", SOURCE.source()), "Who led band " + i + "?",
                    "Leader " + i, List.of("Other " + i, "Third " + i, "Fourth " + i), new Random(i), 0.4));
        }
        for (int i = 0; i < 6; i++) {
            drafts.add(Items.trueFalse(FactRef.of("pair:" + i, "belligerent", SOURCE.source()),
                    "Tribe " + i + " fought against the House of York.", i % 2 == 0, "", 0.4));
        }
        long pairs = SetSelection.choose(drafts, new HashMap<>()).stream().map(s -> s.draft().content())
                .filter(q -> q.factKind().equals("belligerent")).count();
        assertEquals(SetSelection.MAX_PER_KIND.get("belligerent"), (int) pairs);
    }

    @Test
    void twoWarsOfOneTimeAndRegionAreNeverBothWrongOptions() {
        Gazetteer wars = new Gazetteer(List.of(), List.of(), List.of("Long Coast War\t1750\t1760\tbritain,north-america",
                "Border War\t1752\t1760\tnorth-america", "Harbour War\t1740\t1744\tnorth-america"), List.of());
        assertEquals(List.of("Long Coast War", "Harbour War"), wars.warsNear(1762, java.util.Set.of("north-america"), 20));
    }

    @Test
    void theOtherSidesCommandersAreTheFirstWrongOptions() {
        Gazetteer era = new Gazetteer(List.of("Piers Gale\t1440\t1455\tbritain", "Tobias Neale\t1470\t1480\tbritain",
                "Walter Crane\t1442\t1452\tbritain"), List.of(), List.of(), List.of("Kent\tbritain"));
        Battle battle = new Battle(Fixtures.oakfield(), List.of(), era);
        for (long seed = 0; seed < 10; seed++) {
            QuestionContent q = new CommanderItems().drafts(battle, new Random(seed)).stream().map(Draft::content)
                    .filter(c -> c.type() == QuestionType.SINGLE_CHOICE && c.prompt().contains("losing side"))
                    .findFirst().orElseThrow();
            assertTrue(q.options().containsAll(List.of("Edward of March", "Richard Neville")), q.options()::toString);
        }
    }

    @Test
    void aCampaignHappensInItAndABattleAtIt() {
        assertEquals("at the Battle of Varro Field", Texts.atBattle("Battle of Varro Field"));
        assertEquals("in the Varro City Campaign", Texts.atBattle("Varro City Campaign"));
        assertEquals("in the Tessan Offensive", Texts.atBattle("Tessan Offensive"));
        assertEquals("at the Siege of Varro", Texts.atBattle("Siege of Varro"));
    }

    @Test
    void theLargerConflictIsTheWarNotTheCampaignWithinIt() {
        assertEquals("Tessan Civil War", Texts.largerConflict("Hadran's march on Varro during the Tessan Civil War"));
        assertEquals("Tessan Civil War", Texts.largerConflict("Tessan Civil War"));
    }

    @Test
    void aBlankTheSentenceNamesAgainInAnotherFormIsNoBlank() {
        assertTrue(ClozeItems.namedElsewhere("The army marched into northern France to relieve French pressure on"
                + " Catalonia.", "France"));
        assertFalse(ClozeItems.namedElsewhere("The army marched into northern France to relieve the siege of"
                + " Barcelona.", "France"));
        assertFalse(ClozeItems.namedElsewhere("About 7,000 men were lost, 7,000 of them at the ford.", "7,000"),
                "a figure is no name");
    }

    @Test
    void aTypedFigureWhoseToleranceTakesAnotherFigureOfItsRowIsAChoice() {
        List<Amount> row = Amount.parse("c. 600 killed; c. 632 wounded or captured");
        Amount wounded = row.get(1);
        assertTrue(wounded.figure().accepts(600), "the tolerance of about 632 reaches 600");
        Draft d = Items.figure(SOURCE, "How many were wounded or captured?", wounded.figure(),
                Items.otherFigures(row, wounded), new Random(2), 0.6);
        assertEquals(QuestionType.SINGLE_CHOICE, d.content().type());
    }

    @Test
    void participantItemsQuoteEveryCommanderWithoutSayingWhoFoughtWhom() {
        Battle battle = new Battle(Fixtures.oakfield(), List.of());
        assertEquals("Commanders and leaders: Edward of March, Richard Neville, Henry Beaufort",
                battle.allCommandersRow());
    }

    /** Wrong commanders for a battle in Britain in 1461, from Piers Gale (last in command 1457) and one more. */
    private static List<String> britishCommandersNear1461(String other) {
        Gazetteer era = new Gazetteer(List.of("Piers Gale\t1440\t1457\tbritain", other), List.of(), List.of(), List.of());
        return era.commandersNear(1461, java.util.Set.of("britain"));
    }

    @Test
    void aCommanderWhoseCommandBeganAfterTheBattleIsNoWrongOption() {
        assertEquals(List.of("Piers Gale"), britishCommandersNear1461("Young Officer\t1465\t1480\tbritain"),
                "a later general may have been a junior officer at the battle");
    }

    @Test
    void aCommanderWhoDiedBeforeTheBattleIsNoWrongOption() {
        Gazetteer era = new Gazetteer(List.of("Piers Gale\t1440\t1457\tbritain", "Hugh Fell\t1445\t1457\tbritain"),
                List.of(), List.of(), List.of(), List.of("Hugh Fell\t1457", "Piers Gale\t1470"));
        assertEquals(List.of("Piers Gale"), era.commandersNear(1461, java.util.Set.of("britain")),
                "a general killed in his last campaign cannot have been at a later battle");
    }

    @Test
    void aNameIsBlankedOnceInASet() {
        List<Draft> drafts = new ArrayList<>();
        drafts.add(Items.cloze(FactRef.of("body:1", "commander", SOURCE.source()),
                "Fill in the blank: The army under the ____ won.", List.of("Duke of Varro"), 0.6));
        drafts.add(Items.cloze(FactRef.of("body:2", "commander", SOURCE.source()),
                "Fill in the blank: Under the command of the ____, the army advanced.", List.of("duke of Varro"), 0.6));
        assertEquals(1, SetSelection.choose(drafts, new HashMap<>()).size());
    }

    @Test
    void aCommanderLongGoneIsNoWrongOption() {
        assertEquals(List.of("Piers Gale"), britishCommandersNear1461("Old King\t1420\t1452\tbritain"),
                "nine years since his last campaign: perhaps dead by the battle");
    }

    @Test
    void theRegionOfAWarWiderThanTheBattleMakesNoWrongOptions() {
        Gazetteer g = new Gazetteer(List.of(), List.of(), List.of("Tessan Raids\t890\t970\tgermany,balkans"),
                List.of("Bavaria\tgermany"));
        assertEquals(java.util.Set.of("germany"), g.regionsOf("Varro plain, near Augsburg, Bavaria", List.of(), List.of(),
                "Tessan Raids"));
    }

    @Test
    void aMatchingStemThatNamesItsSideIsLeftOut() {
        org.battlequiz.article.ParsedArticle a = Fixtures.oakfield("Edward of March Henry of Lancaster");
        Battle battle = new Battle(a, List.of());
        assertTrue(CommanderItems.namesASide(battle, new org.battlequiz.article.Commander("Henry of Lancaster", null,
                SOURCE.source(), 0.9)));
        assertTrue(CommanderItems.namesASide(battle, new org.battlequiz.article.Commander("Oren Shah Yorki", null,
                SOURCE.source(), 0.9)), "a name that is a belligerent's name with a suffix (Suri, Sur Empire)");
        assertFalse(CommanderItems.namesASide(battle, new org.battlequiz.article.Commander("Oren Yorkshireman", null,
                SOURCE.source(), 0.9)));
    }

    @Test
    void fourBareCapitalisedWordsAreTakenForTwoNamesRunTogether() {
        org.battlequiz.article.SourceLine line = SOURCE.source();
        org.battlequiz.article.Side side = new org.battlequiz.article.Side(List.of(), List.of(
                new org.battlequiz.article.Commander("Andor Pell Sarel Vinn", null, line, 0.9),
                new org.battlequiz.article.Commander("Gebhard Leberecht von Blucher", null, line, 0.9),
                new org.battlequiz.article.Commander("Otto Brand", null, line, 0.9),
                new org.battlequiz.article.Commander("Amos Hale Jr. Silas C. Brook", null, line, 0.9),
                new org.battlequiz.article.Commander("Amos Hale Jr.", null, line, 0.9)), List.of(), null, null);
        assertEquals(List.of("Gebhard Leberecht von Blucher", "Otto Brand", "Amos Hale Jr."),
                Battle.commanders(side).stream().map(org.battlequiz.article.Commander::name).toList());
    }

    @Test
    void combinedLossesAreAskedAsKilledOrWoundedAndARoundFigureAsOne() {
        List<String> prompts = Fixtures.items(new CasualtyItems(), Fixtures.withYork("About 8,000",
                "600 dead and wounded")).stream().map(QuestionContent::prompt).toList();
        assertTrue(prompts.stream().anyMatch(p -> p.contains("House of York were killed or wounded")), prompts.toString());
        List<String> round = Fixtures.items(new CasualtyItems(), Fixtures.withYork("About 8,000", "around 2,000 killed"))
                .stream().map(QuestionContent::prompt).filter(p -> p.contains("House of York were killed")).toList();
        assertTrue(!round.isEmpty() && round.stream().allMatch(p -> p.startsWith("About how many")), round.toString());
    }

    @Test
    void twoLossesRunTogetherOnOneLineAreNotAskedAsOne() {
        List<String> prompts = Fixtures.items(new CasualtyItems(), Fixtures.withYork("About 8,000",
                "12 medium bombers destroyed 60–84 killed")).stream().map(QuestionContent::prompt).toList();
        assertTrue(prompts.stream().noneMatch(p -> p.contains("destroyed 60")), prompts.toString());
    }

    @Test
    void noWrongRangeOverlapsTheKeyedRange() {
        for (int seed = 0; seed < 40; seed++) {
            QuestionContent q = StrengthItems.numberChoice(SOURCE, "How many guns did the House of York have?",
                    new Figure(1_900, 2_500, false), new Random(seed)).content();
            for (String option : q.options()) {
                long[] ends = java.util.Arrays.stream(option.replace(",", "").split("–")).mapToLong(Long::parseLong)
                        .toArray();
                assertTrue(option.equals("1,900–2,500") || ends[1] < 1_900 || ends[0] > 2_500, q.options().toString());
            }
        }
        assertEquals("the Viscounty of Tessa", Texts.group("Viscounty of Tessa"));
    }

    @Test
    void oneManIsNoMen() {
        assertEquals("1 man on the side of Tarsk was killed at Orle.",
                CasualtyItems.answer("how many men on the side of Tarsk were killed at Orle", "1"));
        assertEquals("20 men on the side of Tarsk were killed at Orle.",
                CasualtyItems.answer("how many men on the side of Tarsk were killed at Orle", "20"));
    }

    @Test
    void aTypedNameAlsoTakesTheSurname() {
        assertEquals(java.util.Optional.of("Oskel"), ClozeItems.surname("Hadran Oskel"));
        assertEquals(java.util.Optional.of("Varro"), ClozeItems.surname("Viscount Varro"));
        assertEquals(java.util.Optional.of("Noy"), ClozeItems.surname("Hadran Noy"), "a short surname is typed too");
        assertEquals(java.util.Optional.empty(), ClozeItems.surname("Prince Karl"), "a given name is no surname");
        assertEquals(java.util.Optional.empty(), ClozeItems.surname("Henry VIII"), "a regnal number is no surname");
        assertEquals(java.util.Optional.empty(), ClozeItems.surname("Oskel"));
        assertEquals(java.util.Optional.empty(), ClozeItems.surname("Prince Hadran of Tessa"), "a name with \"of\"");
        assertEquals(java.util.Optional.empty(), ClozeItems.surname("Hadran the Great"), "an epithet");
        assertEquals(java.util.Optional.empty(), ClozeItems.surname("Abu Harun"), "a kunya");
        assertEquals(java.util.Optional.of("de Varre"), ClozeItems.surname("Hadran de Varre"));
        assertEquals(java.util.Optional.empty(), ClozeItems.surname("de Varre"), "the blank is a surname already");
        assertEquals(java.util.Optional.empty(), ClozeItems.surname("Tariq ibn Hadran"), "a lineage");
    }

    private static org.battlequiz.article.ParsedArticle harlFord(String commanders, String... body) {
        List<String> lines = new java.util.ArrayList<>(List.of("Battle of Harl Ford", "", "Date16 May 1644",
                "LocationHarl Ford", "Result Vellish victory", "Belligerents", "Kingdom of Vell Kingdom of Tolm",
                "Commanders and leaders", commanders, "Strength", "9,000 8,000", "Casualties and losses",
                "400 killed 1,200 killed", "", "The Battle of Harl Ford was fought on 16 May 1644 between Vell and Tolm."));
        lines.addAll(List.of(body));
        return new org.battlequiz.article.ArticleParser().parse(String.join("\n", lines));
    }

    private static List<QuestionContent> blanksFor(org.battlequiz.article.ParsedArticle article, String name) {
        List<QuestionContent> named = Fixtures.items(new ClozeItems(), article).stream()
                .filter(q -> q.keys().contains(name)).toList();
        assertFalse(named.isEmpty(), Fixtures.items(new ClozeItems(), article).toString());
        return named;
    }

    private static final String OSKEL_LEADS = "The Vellish army, led by Hadran Oskel, crossed the river at dawn and"
            + " attacked the camp of the Tolmish forces before they could form their lines.";

    @Test
    void aBlankForAPersonTheArticleCallsBySurnameSaysTheSurnameIsEnough() {
        List<QuestionContent> named = blanksFor(harlFord("Hadran Oskel Piet Varne", OSKEL_LEADS,
                "By noon Oskel held both banks of the ford and the Tolmish army fell back towards the hills."), "Hadran Oskel");
        assertTrue(named.stream().allMatch(q -> q.prompt().contains("the surname is enough") && q.keys().contains("Oskel")),
                named.toString());
    }

    @Test
    void noSurnameIsOfferedWhereTheArticleNeverUsesItAlone() {
        List<QuestionContent> named = blanksFor(harlFord("Hadran Oskel Piet Varne", OSKEL_LEADS), "Hadran Oskel");
        assertTrue(named.stream().noneMatch(q -> q.prompt().contains("the surname is enough")),
                named.toString());
    }

    @Test
    void noSurnameIsOfferedThatAnotherCommanderShares() {
        List<QuestionContent> named = blanksFor(harlFord("Hadran Oskel Piet Oskel", OSKEL_LEADS,
                "By noon Oskel held both banks of the ford and the Tolmish army fell back towards the hills."), "Hadran Oskel");
        assertTrue(named.stream().noneMatch(q -> q.prompt().contains("the surname is enough")), named.toString());
    }
}
