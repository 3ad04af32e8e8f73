package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.battlequiz.article.BodyFact;
import org.battlequiz.article.ParsedArticle;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.junit.jupiter.api.Test;

class TimelineAndClozeItemsTest {

    private static List<QuestionContent> items(ItemStrategy strategy, Battle battle, long seed) {
        return strategy.drafts(battle, new Random(seed)).stream().map(Draft::content).toList();
    }

    @Test
    void anEventOpeningOnItsPlaceInTheStoryIsNotOrdered() {
        assertFalse(TimelineItems.wholeClause("Years later, a northern king took the throne of Harl"));
        assertFalse(TimelineItems.wholeClause("Afterwards the garrison marched south"));
        assertTrue(TimelineItems.wholeClause("The northern king took the throne of Harl"));
    }

    @Test
    void anEventWhoseSubjectIsInAnotherSentenceIsNotOrdered() {
        assertFalse(TimelineItems.wholeClause("Became the first elected governor of the Harl province."));
        assertFalse(TimelineItems.wholeClause("Among his captains were Piet Varne, who held the island of Orle"));
        assertTrue(TimelineItems.wholeClause("Hadran Oskel became the first elected governor of the Harl province."));
        assertFalse(TimelineItems.wholeClause("The Battle of Orle was a fight that happened."), "no event once undated");
        assertFalse(TimelineItems.wholeClause("The Siege of Harl took place."));
    }

    @Test
    void aClozeSentenceIsWholeProseNotATableNote() {
        assertFalse(ClozeItems.standsAlone("Militia source states 315 killed, 812 wounded"));
        assertFalse(ClozeItems.standsAlone("The garrison surrendered."));
        assertTrue(ClozeItems.standsAlone("The garrison of Harl surrendered to the northern army after a siege of six weeks."));
    }

    @Test
    void aGlossInAnotherLanguageIsLeftOutOfTheSentence() {
        String plain = "The Battle of Orle was fought in the Harl valley.";
        for (String gloss : List.of(" (Spanish: Batalla de Orle, IPA:)", " (Greek: \u039c\u03ac\u03c7\u03b7)")) {
            assertEquals(plain, ClozeItems.withoutGlosses(plain.replace(" was", gloss + " was")), gloss);
        }
        String dated = "The Battle of Orle (1810) was fought in the Harl valley.";
        assertEquals(dated, ClozeItems.withoutGlosses(dated), "a year in brackets is no gloss");
    }

    @Test
    void aClozeNeverLeansOnTheSentenceBeforeItNorShowsHalfAName() {
        assertFalse(ClozeItems.standsAlone("Events proved otherwise, and after storming Harl in July, Varn retraced his"
                + " steps to the north of the province."));
        assertFalse(ClozeItems.standsAlone("However, the army of Harl attacked the ford at dawn and was beaten back."));
        assertFalse(ClozeItems.standsAlone("The army of Harl had responded by moving troops to the right bank to face them."));
        assertTrue(ClozeItems.splitsItsName("San Varn divided his army into two parts.", "Varn", "Piet de San Varn"));
        assertFalse(ClozeItems.splitsItsName("Varn divided his army into two parts.", "Varn", "Piet de San Varn"));
        assertTrue(ClozeItems.splitsItsName("The rebels, led by Piet Varn, held the ridge.", "Piet", "Piet Varn"));
        assertTrue(ClozeItems.splitsItsName("Sultan Osk Tarrant raised an army.", "Osk Tarrant", "Osk Tarrant"));
        assertTrue(ClozeItems.splitsItsName("The army of Edric II of Tarnland crossed the river.", "Tarnland", "Tarnland"));
        assertFalse(ClozeItems.splitsItsName("The army of Tarnland crossed the river.", "Tarnland", "Tarnland"));
        assertEquals(java.util.Optional.empty(), ClozeItems.surname("Hadim Osk Pasha"));
        assertTrue(ClozeItems.afterAPointOfTheCompass("The fighting took place in the province of southern Tarn.",
                "Tarn"));
        assertFalse(ClozeItems.afterAPointOfTheCompass("The fighting took place in the province of Tarn.", "Tarn"));
    }

    @Test
    void bodyTimelineOrdersDatedClausesWithTheirDatesRemoved() {
        QuestionContent q = items(new TimelineItems(), new Battle(Fixtures.oakfield(), List.of()), 3).get(0);
        assertEquals(QuestionType.ORDERING, q.type());
        assertEquals(List.of("The Lancastrians had taken Kent",
                "The battle was fought in a snowstorm near Oakfield during the Wars of the Roses.",
                "Edward had been crowned."), q.keys());
        assertFalse(q.options().equals(q.keys()));
    }

    @Test
    void noOrderingAsksAboutBattlesOfOtherArticles() {
        List<QuestionContent> qs = items(new TimelineItems(), new Battle(Fixtures.oakfield(),
                List.of(OtherBattles.hastingsLike(), OtherBattles.stAlbansLike())), 1);
        assertTrue(qs.stream().noneMatch(q -> q.prompt().startsWith("Put these battles")), qs::toString);
        assertTrue(qs.stream().allMatch(q -> q.keys().stream().noneMatch(k -> k.contains("Battle of"))), qs::toString);
    }

    @Test
    void aYearTheClauseDoesNotStateNeverReordersTheArticlesTelling() {
        String s1 = "The spring offensive opened on 10 March 1443 along the whole river front.";
        String s2 = "The besieged garrison of Oakfield surrendered on 2 February after the long siege.";
        String s3 = "On 20 March 1443 the relief column finally reached the burning town of Oakfield.";
        ParsedArticle a = withBody(List.of(date("1443-03-10", s1), date("1443-02-02", s2), date("1443-03-20", s3)));
        assertTrue(items(new TimelineItems(), new Battle(a, List.of()), 1).isEmpty());
        String stated = s2.replace("2 February", "2 April 1443");
        ParsedArticle b = withBody(List.of(date("1443-03-10", s1), date("1443-04-02", stated), date("1443-03-20", s3)));
        QuestionContent q = items(new TimelineItems(), new Battle(b, List.of()), 1).get(0);
        assertTrue(q.keys().get(2).startsWith("The besieged garrison"), q::toString);
    }

    private static BodyFact date(String iso, String sentence) {
        return new BodyFact(BodyFact.BodyFactKind.DATE, iso, sentence, Fixtures.line(sentence, 20));
    }

    private static ParsedArticle withBody(List<BodyFact> body) {
        ParsedArticle a = Fixtures.oakfield();
        return new ParsedArticle(a.title(), a.partOf(), a.dateStart(), a.dateEnd(), a.location(), a.result(),
                a.winner(), a.sides(), body, a.fieldSources());
    }

    @Test
    void aClozeNeverBlanksAPageAnIsbnOrADistance() {
        assertTrue(ClozeItems.countsPeopleOrArms("Edward led an army of 8,000 men north.", "8,000"));
        assertTrue(ClozeItems.countsPeopleOrArms("The fleet lost 40 ships in the gale.", "40"));
        assertFalse(ClozeItems.countsPeopleOrArms("The town lies 12 miles from the ford.", "12"));
        assertFalse(ClozeItems.countsPeopleOrArms("See Smith, p. 214 men of letters.", "214"));
        assertFalse(ClozeItems.countsPeopleOrArms("ISBN 978 0 14 1 is cited.", "978"));
        assertFalse(ClozeItems.countsPeopleOrArms("The wall was 300 metres long.", "300"));
    }

    @Test
    void aClozeBlanksOnlyARoundFigureNeverOneToTheLastDigit() {
        assertTrue(ClozeItems.memorable(40));
        assertTrue(ClozeItems.memorable(8_000));
        assertTrue(ClozeItems.memorable(1_500));
        assertFalse(ClozeItems.memorable(22_720));
        assertFalse(ClozeItems.memorable(13_781));
        assertFalse(ClozeItems.memorable(125));
    }

    @Test
    void clozeBlanksOneKeyTermOnceAndAcceptsItsOtherForms() {
        for (long seed = 0; seed < 6; seed++) {
            for (QuestionContent q : items(new ClozeItems(), new Battle(Fixtures.oakfield(), List.of()), seed)) {
                assertEquals(2, q.prompt().split("____", -1).length, q::prompt);
                assertTrue(q.keys().stream().noneMatch(k -> q.prompt().contains(k)), q::toString);
                assertTrue(Fixtures.FIELD_TEXT.contains(q.source()));
            }
        }
        assertEquals(List.of("Henry V of England", "Henry V"), Terms.forms("Henry V of England"));
        assertTrue(Terms.forms("King Wu of Zhou").contains("King Wu"));
    }

    @Test
    void eventTextDropsDatePhrasesAndReferences() {
        assertEquals("The Red Army launched Operation Uranus.",
                TimelineItems.eventText("On 19 November 1942 the Red Army launched Operation Uranus.[1]"));
        assertEquals("Although the war in Tessa continued, the king fled to Varn.", TimelineItems.eventText(
                "Although the war in Tessa continued until October 1691, the king fled to Varn."), "the comma stays");
        assertEquals("The battle took place near the ford.",
                TimelineItems.eventText("The battle took place on 1 July 1690 O.S. near the ford."), "an Old Style mark goes too");
    }

    @Test
    void aListOfDaysGoesWithItsMonth() {
        assertEquals("The Tessan guard attacked to break through the lines.",
                TimelineItems.eventText("The Tessan guard attacked on 6 and 8 June to break through the lines."));
        assertEquals("The Varnish fleet sailed twice from Orle.",
                TimelineItems.eventText("The Varnish fleet sailed twice from Orle on June 3, 9 and 12."));
        assertEquals("The rearguard held the ford.", TimelineItems.eventText("From 2–4 May the rearguard held the ford."));
    }

    @Test
    void anEventThatOnlyPointsBackIsNotOrdered() {
        assertFalse(TimelineItems.wholeClause("This offensive was halted at the river Orne"));
        assertFalse(TimelineItems.wholeClause("It was the last siege of the Harl war"));
        assertTrue(TimelineItems.wholeClause("The offensive of the Tessan guard was halted at the river Orne"));
    }

    @Test
    void aBlankNeverFollowsTheFirstWordsOfALongerName() {
        assertTrue(ClozeItems.splitsItsName("The rebels, led by Quintus Varrius Orlo Hadra, fled.", "Orlo Hadra", "Orlo Hadra"));
        assertFalse(ClozeItems.splitsItsName("Orlo Hadra led the rebels to the ford.", "Orlo Hadra", "Orlo Hadra"));
        assertFalse(ClozeItems.splitsItsName("The rebels were led by Orlo Hadra.", "Orlo Hadra", "Orlo Hadra"));
    }

    @Test
    void noBlankIsMadeInASentenceAboutAnotherBattle() {
        assertTrue(ClozeItems.aboutAnotherBattle("the First Battle of the Orne",
                "The Battle of the Borders is a name for the clashes of the Ostrian armies along the frontier in August."));
        assertFalse(ClozeItems.aboutAnotherBattle("the First Battle of the Orne",
                "The Battle of the Orne was fought from 6 to 10 September and ended the Vellish advance."));
        assertFalse(ClozeItems.aboutAnotherBattle("the First Battle of the Orne",
                "The Ostrian Fifth Army crossed the Orne at dawn and drove the Vellish rear guard back."));
    }

    @Test
    void aStateNamedBeforeItsArmyOrMarinesIsNoBlank() {
        assertTrue(ClozeItems.namesItsService("The garrison surrendered to a detachment of Tarnland Marines on 4 May.",
                "Tarnland"));
        assertTrue(ClozeItems.namesItsService("The Tarnland Army crossed the ford.", "Tarnland"));
        assertFalse(ClozeItems.namesItsService("The garrison surrendered to Tarnland on 4 May.", "Tarnland"));
        assertFalse(ClozeItems.namesItsService("Tarnland marched its army to the ford.", "Tarnland"));
    }

    @Test
    void noClozeBlanksAStateBeforeItsMarines() {
        java.util.function.Function<String, List<QuestionContent>> clozes = sentence -> Fixtures.items(new ClozeItems(),
                new org.battlequiz.article.ArticleParser().parse(String.join("\n", "Battle of Oued Sarra", "",
                        "Battle of Oued Sarra", "Part of the Sahel War", "", "Date6 April 1963", "LocationOued Sarra",
                        "Result Tessan victory", "Belligerents", "Tessa  Varnia", "Commanders and leaders",
                        "Amos Pell Rufus Grane", "Strength", "3,000 1,400", "Casualties and losses", "120 killed 86 killed",
                        "", sentence, "", "  1. ^ Invented for this test.", "",
                        "From Wikipedia, the free encyclopedia · View on Wikipedia")));
        assertTrue(clozes.apply("The last of the Tessan garrison on the coast road surrendered to a detachment of"
                + " Varnia Marines in the spring of 1964.").stream().noneMatch(q -> q.keys().contains("Varnia")));
        assertTrue(clozes.apply("The last of the Tessan garrison on the coast road surrendered to the forces of"
                + " Varnia in the spring of 1964.").stream().anyMatch(q -> q.keys().contains("Varnia")));
    }
}
