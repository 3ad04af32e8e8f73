package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.battlequiz.article.ParsedArticle;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.junit.jupiter.api.Test;

/** Wrong places and wars of the battle's own region and era, from the gazetteer, when the bank has none. */
class PlacesAndWarsOfTheEraTest {
    private static final List<String> SITES = List.of("Harrowby, Kent\t1455\tbritain", "Oakfield Bridge, Kent\t1460\tbritain",
            "Marden Heath, Sussex\t1469\tbritain", "Near Colter, Essex\t1471\tbritain", "Wexley, Kent\t1590\tbritain",
            "Ravenna, Romagna\t1462\titaly");

    private static Gazetteer gazetteer(List<String> wars) {
        return new Gazetteer(List.of(), List.of(), wars, List.of("Kent\tbritain"), List.of(), SITES);
    }

    @Test
    void otherBattlesPlacesOfTheRegionNearestInTimeComeFirst() {
        assertEquals(List.of("Oakfield Bridge, Kent", "Harrowby, Kent", "Marden Heath, Sussex", "Near Colter, Essex"),
                gazetteer(List.of()).sitesNear(1461, Set.of("britain")));
    }

    @Test
    void aPlaceTheLocationNamesIsNoWrongOption() {
        assertTrue(SettingItems.namesTheSamePlace("Oakfield Bridge, Kent", "Oakfield, Kent"));
        assertTrue(SettingItems.namesTheSamePlace("Madrid, Spain", "Arganda del Rey, Madrid, Spain"));
        assertFalse(SettingItems.namesTheSamePlace("Harrowby, Kent", "Oakfield, Kent"), "a shared county is no clue");
        assertFalse(SettingItems.namesTheSamePlace("Near Colter, Essex", "Near Oakfield, Kent"));
    }

    @Test
    void theWhereItemOffersPlacesOfOtherBattlesOfTheEra() {
        ParsedArticle cleeve = OtherBattles.battle("Battle of Cleeve", "Cleeve War", "1461-04-01", "Marsh End, Kent",
                "Odo Marsh", "County of Cleeve", "Piers Hallam", "Kingdom of Arland");
        Battle battle = new Battle(cleeve, List.of(), gazetteer(List.of()));
        for (long seed = 0; seed < 5; seed++) {
            QuestionContent where = new SettingItems().drafts(battle, new Random(seed)).stream().map(Draft::content)
                    .filter(q -> q.type() == QuestionType.SINGLE_CHOICE && q.prompt().startsWith("Where"))
                    .findFirst().orElseThrow();
            assertEquals(List.of("Marsh End, Kent"), where.keys());
            assertTrue(where.options().size() == 4 && where.options().stream().noneMatch(o -> o.startsWith("Wexley")
                    || o.startsWith("Ravenna")), "no place of another century or region: " + where.options());
        }
    }

    @Test
    void aCommonWordOpeningThePlaceReadsInLowerCaseInsideASentence() {
        assertEquals("suburbs of Marsh End, Kent", SettingItems.inSentence("Suburbs of Marsh End, Kent"));
        assertEquals("near Oakfield", SettingItems.inSentence("Near Oakfield"));
        assertEquals("west of the Tarn", SettingItems.inSentence("West of the Tarn"));
        assertEquals("North Arland", SettingItems.inSentence("North Arland"));
        assertEquals("Northern Tarnland", SettingItems.inSentence("Northern Tarnland"));
        ParsedArticle cleeve = OtherBattles.battle("Battle of Cleeve", "Cleeve War", "1461-04-01", "Outskirts of Marsh End, Kent",
                "Odo Marsh", "County of Cleeve", "Piers Hallam", "Kingdom of Arland");
        QuestionContent where = new SettingItems().drafts(new Battle(cleeve, List.of(), gazetteer(List.of())), new Random(3))
                .stream().map(Draft::content).filter(q -> q.prompt().startsWith("Where")).findFirst().orElseThrow();
        assertTrue(where.explanation().contains("as outskirts of Marsh End, Kent."), where.explanation());
    }

    @Test
    void everyPlaceOffersStartsWithACapital() {
        ParsedArticle cleeve = OtherBattles.battle("Battle of Cleeve", "Cleeve War", "1461-04-01", "modern Marsh End, Kent",
                "Odo Marsh", "County of Cleeve", "Piers Hallam", "Kingdom of Arland");
        QuestionContent where = new SettingItems().drafts(new Battle(cleeve, List.of(), gazetteer(List.of())), new Random(3))
                .stream().map(Draft::content).filter(q -> q.prompt().startsWith("Where")).findFirst().orElseThrow();
        assertEquals(List.of("Modern Marsh End, Kent"), where.keys());
        assertTrue(where.options().stream().allMatch(o -> Character.isUpperCase(o.codePointAt(0))), where.options()::toString);
    }

    @Test
    void onlyWarsOfTheBattlesOwnRegionsAreOfferedEvenWhenTheyAreFew() {
        Gazetteer wars = gazetteer(List.of("Wars of the Roses\t1455\t1487\tbritain", "Harrow Rising\t1450\t1457\tbritain",
                "Lombard Feud\t1446\t1454\titaly", "Ghent Revolt\t1449\t1453\tlowcountries"));
        assertEquals(List.of("Harrow Rising"), new Battle(Fixtures.oakfield(), List.of(), wars).eraWars(SettingItems.SAME_WARS_YEARS));
    }

    @Test
    void aFalsePartOfStatementNamesOnlyAWarThatEndedJustBeforeTheBattle() {
        assertTrue(falsePartOf("Harrow Rising\t1380\t1452\tbritain").isEmpty(), "a war over for nine years is no rival");
        assertEquals(List.of("The Battle of Cleeve was part of the Harrow Rising."),
                falsePartOf("Harrow Rising\t1380\t1458\tbritain"), "a war over for three years is");
    }

    @Test
    void theLargerConflictIsAskedWithWrongWarsOfItsOwnYearsOrNotAtAll() {
        List<String> recent = List.of("Harrow Rising\t1457\t1458\tbritain", "Fen Rising\t1450\t1456\tbritain",
                "Kestrel Feud\t1420\t1450\tbritain", "Moor Rebellion\t1435\t1448\tbritain");
        assertEquals(Set.of("Harrow Rising", "Fen Rising"), Set.copyOf(wrongWars(recent)));
        assertTrue(wrongWars(recent.subList(1, 4)).isEmpty(), "one recent war and two a decade gone make no item");
    }

    /** The wrong options of the "which larger conflict" item, or none when the item is not drafted. */
    private static List<String> wrongWars(List<String> wars) {
        ParsedArticle cleeve = OtherBattles.battle("Battle of Cleeve", "Arland Succession War", "1461-04-01",
                "Marsh End, Kent", "Odo Marsh", "County of Cleeve", "Piers Hallam", "Kingdom of Arland");
        return new SettingItems().drafts(new Battle(cleeve, List.of(), gazetteer(wars)), new Random(1)).stream()
                .map(Draft::content).filter(q -> q.type() == QuestionType.SINGLE_CHOICE && q.prompt().contains("part of"))
                .flatMap(q -> q.options().stream().filter(o -> !q.keys().contains(o))).toList();
    }

    /** The false "part of" statements drafted when the set already holds a true statement. */
    private static List<String> falsePartOf(String war) {
        ParsedArticle cleeve = OtherBattles.battle("Battle of Cleeve", "Arland Succession War", "1461-04-01",
                "Marsh End, Kent", "Odo Marsh", "County of Cleeve", "Piers Hallam", "Kingdom of Arland");
        Battle battle = new Battle(cleeve, List.of(), gazetteer(List.of(war)));
        battle.nextTruth();
        return new SettingItems().drafts(battle, new Random(1)).stream().map(Draft::content)
                .filter(q -> q.type() == QuestionType.TRUE_FALSE && q.prompt().contains("part of")
                        && q.keys().equals(List.of("False")))
                .map(QuestionContent::prompt).toList();
    }

    @Test
    void aBankBattlesWarIsOfferedAsOneWar() {
        java.util.function.Function<String, String> war = partOf -> SettingItems.bankWar(OtherBattles.battle(
                "Battle of Cleeve", partOf, "1461-04-01", "Marsh End, Kent", "Odo Marsh", "County of Cleeve",
                "Piers Hallam", "Kingdom of Arland"));
        assertEquals("Tarn civil war", war.apply("the Tarn civil war and the Cleeve offensive"));
        assertEquals("Cleeve campaign", war.apply("Cleeve campaign (1460–present), the Tarn civil war"));
        assertEquals("Wars of the Roses", war.apply("the Wars of the Roses"));
    }

    @Test
    void withoutAKnownPlaceNoWarIsOfferedByTheBelligerentsRegionsAlone() {
        Gazetteer gazetteer = new Gazetteer(List.of(), List.of("Kingdom of Arland\t1400\t1500\tbritain"),
                List.of("Harrow Rising\t1450\t1457\tbritain"), List.of("Kent\tbritain"), List.of(), SITES);
        ParsedArticle unplaced = OtherBattles.battle("Battle of Cleeve", "Cleeve War", "1461-04-01", "Marsh End",
                "Odo Marsh", "County of Cleeve", "Piers Hallam", "Kingdom of Arland");
        ParsedArticle placed = OtherBattles.battle("Battle of Cleeve", "Cleeve War", "1461-04-01", "Marsh End, Kent",
                "Odo Marsh", "County of Cleeve", "Piers Hallam", "Kingdom of Arland");
        assertEquals(List.of(), new Battle(unplaced, List.of(), gazetteer).eraWars(SettingItems.SAME_WARS_YEARS));
        assertEquals(List.of("Harrow Rising"), new Battle(placed, List.of(), gazetteer).eraWars(SettingItems.SAME_WARS_YEARS));
    }

    @Test
    void noWarOfABankBattleFoughtAfterThisOneIsOffered() {
        ParsedArticle later = OtherBattles.battle("Battle of Redmoor", "Tudor Rising", "1470-08-22", "Redmoor, Kent",
                "Jasper Vell", "House of Tudor", "Ralph Oxney", "House of York");
        ParsedArticle earlier = OtherBattles.battle("Battle of Cleeve", "Cleeve War", "1452-04-01", "Cleeve, Kent",
                "Odo Marsh", "County of Cleeve", "Piers Hallam", "Kingdom of Arland");
        assertEquals(List.of(earlier), new Battle(Fixtures.oakfield(), List.of(later, earlier)).bankNearbyBefore(15));
    }
}
