package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Random;
import org.battlequiz.article.ParsedArticle;
import org.battlequiz.generation.item.QuestionContent;
import org.junit.jupiter.api.Test;

/** The war of a bank battle fought in another theatre is no wrong option for the larger conflict. */
class WarsOfAnotherTheatreTest {
    private static final Gazetteer GAZETTEER = new Gazetteer(List.of(), List.of(), List.of(),
            List.of("Kent\tbritain", "Romagna\titaly"), List.of(), List.of());

    private static ParsedArticle battle(String title, String war, String date, String place) {
        return OtherBattles.battle(title, war, date, place, "Odo Marsh", "County of Cleeve", "Piers Hallam",
                "Kingdom of Arland");
    }

    private static List<QuestionContent> largerConflictItems(List<ParsedArticle> bank, long seed) {
        Battle cleeve = new Battle(battle("Battle of Cleeve", "Cleeve War", "1461-04-01", "Marsh End, Kent"), bank,
                GAZETTEER);
        return new SettingItems().drafts(cleeve, new Random(seed)).stream().map(Draft::content)
                .filter(q -> q.prompt().startsWith("Which larger conflict")).toList();
    }

    @Test
    void aWarOfBattlesInAnotherRegionIsNotOffered() {
        List<ParsedArticle> bank = List.of(battle("Battle of Harrowby", "Harrow Rising", "1455-05-02", "Harrowby, Kent"),
                battle("Battle of Wexley", "Wexley Rebellion", "1458-06-03", "Wexley, Kent"),
                battle("Battle of Ravenna Ford", "Lombard Feud", "1459-07-04", "Ravenna, Romagna"));
        for (long seed = 0; seed < 5; seed++) {
            QuestionContent item = largerConflictItems(bank, seed).get(0);
            assertEquals(List.of("Cleeve War"), item.keys());
            assertFalse(item.options().contains("Lombard Feud"), item.options()::toString);
        }
    }

    @Test
    void theSameWarFoughtInTheBattlesOwnRegionIsOffered() {
        List<ParsedArticle> bank = List.of(battle("Battle of Harrowby", "Harrow Rising", "1455-05-02", "Harrowby, Kent"),
                battle("Battle of Wexley", "Wexley Rebellion", "1458-06-03", "Wexley, Kent"),
                battle("Battle of Oakfield Ford", "Lombard Feud", "1459-07-04", "Oakfield, Kent"));
        assertEquals(List.of("Cleeve War", "Harrow Rising", "Lombard Feud", "Wexley Rebellion"),
                largerConflictItems(bank, 1).get(0).options().stream().sorted().toList());
    }
}
