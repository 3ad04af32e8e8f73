package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.battlequiz.article.ArticleParser;
import org.battlequiz.generation.item.QuestionContent;
import org.junit.jupiter.api.Test;

/** "4,900 Varnian horse, 3,800 Ostmarker horse" for a side of Varnia and Ostmark: one member's part is no side's figure. */
class MemberFiguresTest {
    @Test
    void aFigureOfOneMemberIsNotAskedAsTheWholeSides() {
        List<QuestionContent> items = Fixtures.items(new StrengthItems(), new ArticleParser().parse(String.join("\n",
                "Battle of Oued Sarra", "", "Battle of Oued Sarra", "Part of the Sahel War", "", "Date6 April 1712",
                "Location Oued Sarra", "Result Tessan victory", "Belligerents", "Tessa  Varnia", " Ostmark",
                "Commanders and leaders", "Amos Pell Rufus Grane", "Strength", "12,000 men", "", "17,000:",
                "4,900 Varnian horse,", "3,800 Ostmark horse,", "14 cannon", "Casualties and losses", "120 killed 86 killed",
                "", "The Battle of Oued Sarra was fought on the coast road in April 1712.", "",
                "  1. ^ Invented for this test.", "", "From Wikipedia, the free encyclopedia · View on Wikipedia")));
        assertTrue(items.stream().anyMatch(q -> q.prompt().contains("Tessa")), items::toString);
        assertFalse(items.stream().anyMatch(q -> q.keys().contains("3,800") || q.keys().contains("3800")
                || q.keys().contains("4,900") || q.keys().contains("4900")), items::toString);
    }
}
