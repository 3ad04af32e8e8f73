package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.battlequiz.article.Commander;
import org.battlequiz.article.NamedEntry;
import org.battlequiz.article.ParsedArticle;
import org.battlequiz.article.Side;
import org.battlequiz.article.SourceLine;
import org.battlequiz.generation.item.QuestionContent;
import org.junit.jupiter.api.Test;

/**
 * A commander of a side whose belligerents the page lost: the explanation quotes his own entry, not the merged line of
 * both sides' flags and names he was read from.
 */
class UnlabelledSideEvidenceTest {
    @Test
    void theFateOfACommanderOfAnUnnamedSideQuotesHisEntry() {
        SourceLine merged = new SourceLine(17, "Tarnland Odo Marsh Varnian Crown Piers Hallam  Surrendered", List.of());
        SourceLine names = new SourceLine(15, "Tarnland", List.of());
        Side tarn = new Side(List.of(new NamedEntry("Tarnland", names, 0.9)),
                List.of(new Commander("Odo Marsh", null, merged, 0.9)), List.of(), null, null);
        Side other = new Side(List.of(), List.of(new Commander("Piers Hallam", "POW", merged, 0.9)), List.of(), null, null);
        ParsedArticle article = new ParsedArticle("Siege of Cleeve", "Arland Succession War", "1461-04-01",
                "1461-05-01", "Cleeve, Kent", "Tarnish victory", 0, List.of(tarn, other), List.of(), Map.of("date", names));
        List<QuestionContent> fates = Fixtures.items(new FateItems(), article).stream()
                .filter(q -> q.prompt().contains("Piers Hallam")).toList();
        assertFalse(fates.isEmpty());
        for (QuestionContent q : fates) {
            assertFalse(q.explanation().contains("Odo Marsh"), q.explanation());
            assertTrue(q.explanation().contains("Commanders and leaders: Piers Hallam"), q.explanation());
        }
    }
}
