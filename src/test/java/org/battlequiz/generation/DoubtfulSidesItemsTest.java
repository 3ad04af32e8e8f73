package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.battlequiz.article.ArticleParser;
import org.battlequiz.article.ParsedArticle;
import org.battlequiz.generation.item.QuestionContent;
import org.junit.jupiter.api.Test;

/** Items that would rest on a side the page leaves in doubt, and spoils no teacher asks about, on invented text. */
class DoubtfulSidesItemsTest {
    private static ParsedArticle parse(String... lines) {
        return new ArticleParser().parse(String.join("\n", lines));
    }

    @Test
    void aWinnerNamedOnlyByABelligerentAtAGuessedBoundaryGivesNoOutcomeItem() {
        ParsedArticle guessed = parse("Battle of Velt Ford", "", "Date16 November 1632", "LocationVelt Ford",
                "Result Swedish victory", "Belligerents", " Holy Roman Empire", "Catholic League", "Sweden", " Saxony",
                "Hesse-Kassel", "Commanders and leaders", "Strength", "19,000 18,000", "Casualties and losses",
                "5,000 killed 6,000 killed");
        Battle battle = new Battle(guessed, List.of());
        assertFalse(battle.winnerSure());
        assertEquals(List.of(), Fixtures.items(new OutcomeItems(), guessed));
    }

    @Test
    void aWinnerTheResultDoesNotNameAtAGuessedBoundaryGivesNoOutcomeItem() {
        ParsedArticle guessed = parse("Battle of Sarn Plain", "", "DateAugust 490 BC", "Location",
                "Result Decisive Hellenic victory", "Belligerents", "Orthia", "Kelos", "Great Empire",
                "Commanders and leaders", "Nikias the Elder,", "Damon ", "Xerxa the Great", "Tissa", "Strength",
                "9,000 Orthians,", "1,000 Kelians", "20,000 infantry", "Casualties and losses", "192 Orthians,",
                "11 Kelians", "6,400 dead", "", "The Battle of Sarn Plain was fought between Orthia and the Great"
                        + " Empire. A small Hellenic force came from Kelos.");
        assertTrue(guessed.winner() == null || !new Battle(guessed, List.of()).winnerSure());
        assertEquals(List.of(), Fixtures.items(new OutcomeItems(), guessed));
    }

    @Test
    void aPartyInBothColumnsNamesNeitherSide() {
        ParsedArticle split = parse("Battle of Orrin Marsh", "", "Date8 July 1709", "LocationOrrin Marsh",
                "Result Decisive Tessan victory", "Belligerents", "Cossack Hetmanate", "", "Tessan Tsardom",
                "Cossack Hetmanate", "Commanders and leaders", "Karl Varn", "", "Piet Hale", "Strength", "16,500 42,000",
                "Casualties and losses", "6,900 killed 1,300 killed");
        Battle battle = new Battle(split, List.of());
        assertTrue(battle.sideLabel(0).isEmpty(), battle.sideLabel(0).toString());
        assertEquals("Tessan Tsardom", battle.sideLabel(1).orElseThrow());
    }

    @Test
    void wagonsAndFlagsTakenAreNoCasualtyItem() {
        ParsedArticle spoils = parse("Battle of Harl Hill", "", "Date16 November 1632", "LocationHarl Hill",
                "Result Ranish victory", "Belligerents", "Kingdom of Ranland Kingdom of Tolm", "Commanders and leaders",
                "Tom Varn Piet Hale", "Strength", "19,000 18,000", "Casualties and losses",
                "3,000 killed 5,160 killed", "", "24 guns, 4–6 flags and 20 ammunition wagons captured");
        List<QuestionContent> items = Fixtures.items(new CasualtyItems(), spoils);
        assertFalse(items.isEmpty());
        assertTrue(items.stream().noneMatch(q -> q.prompt().contains("wagons") || q.prompt().contains("flags")),
                items.stream().map(QuestionContent::prompt).toList().toString());
    }
}
