package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.battlequiz.article.ParsedArticle;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.junit.jupiter.api.Test;

/** Distractors come from the same war, then the same era and region, never from another century. */
class DistractorPlausibilityTest {
    private static final ParsedArticle SAME_WAR_LATER = OtherBattles.battle("Battle of Redmoor", "Wars of the Roses",
            "1485-08-22", "Redmoor, Kent", "Jasper Vell", "House of Tudor", "Ralph Oxney", "House of York");
    private static final ParsedArticle SAME_ERA = OtherBattles.battle("Battle of Cleeve", "Cleeve War", "1470-04-01",
            "Cleeve, Kent", "Odo Marsh", "County of Cleeve", "Piers Hallam", "Kingdom of Arland");
    private static final ParsedArticle MODERN = OtherBattles.battle("Battle of Qarsa", "Qarsa civil war", "2014-06-01",
            "Qarsa, Velmar", "Tarek Hadda", "Republic of Velmar", "Sami Orun", "Velmar Liberation Front");
    private static final ParsedArticle MEDIEVAL = OtherBattles.battle("Battle of Fendun", "Fendun succession war",
            "1150-01-01", "Fendun", "Aelric Fen", "Kingdom of Fendun", "Gorm Tall", "Northmen");

    private static List<QuestionContent> items(List<ParsedArticle> bank) {
        return new QuestionGenerator().generate(Fixtures.oakfield(), bank, 5).questions();
    }

    @Test
    void theBankKeepsOnlyBattlesOfTheSameWarOrEraSameWarFirst() {
        Battle battle = new Battle(Fixtures.oakfield(), List.of(MODERN, SAME_ERA, MEDIEVAL, SAME_WAR_LATER));
        assertEquals(List.of(SAME_WAR_LATER, SAME_ERA), battle.bank());
    }

    @Test
    void noOptionComesFromAnotherCenturysBattle() {
        for (QuestionContent q : items(List.of(MODERN, MEDIEVAL, SAME_ERA))) {
            for (String option : q.options()) {
                for (String foreign : List.of("Tarek Hadda", "Sami Orun", "Republic of Velmar", "Qarsa civil war",
                        "Aelric Fen", "Gorm Tall", "Fendun succession war", "Kingdom of Fendun")) {
                    assertFalse(option.contains(foreign), q.prompt() + " offers " + option);
                }
            }
        }
    }

    @Test
    void withOnlyDistantBattlesTheWarChoiceOffersOnlyWarsOfTheBattlesOwnEra() {
        List<String> eraWars = new Battle(Fixtures.oakfield(), List.of(MODERN, MEDIEVAL)).eraWars(SettingItems.SAME_WARS_YEARS);
        for (QuestionContent q : items(List.of(MODERN, MEDIEVAL))) {
            if (q.type() == QuestionType.SINGLE_CHOICE && q.prompt().startsWith("Which larger conflict")) {
                q.options().stream().filter(o -> !q.keys().contains(o))
                        .forEach(o -> assertTrue(eraWars.contains(o), o + " is no war of the era"));
            }
        }
    }
}
