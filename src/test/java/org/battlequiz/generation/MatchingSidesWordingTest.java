package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.battlequiz.article.Commander;
import org.battlequiz.article.NamedEntry;
import org.battlequiz.article.ParsedArticle;
import org.battlequiz.article.Side;
import org.battlequiz.article.SourceLine;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.junit.jupiter.api.Test;

/** A side of two belligerents reads in the matching item's explanation as two names, each with its article. */
class MatchingSidesWordingTest {
    @Test
    void aSideOfTwoStatesIsNamedAsTwo() {
        SourceLine l = new SourceLine(5, "names", List.of());
        Side swedes = new Side(List.of(new NamedEntry("Swedish Crown", l, 0.95)), List.of(
                new Commander("Magnus Orre", null, l, 0.95), new Commander("Karl Lind", null, l, 0.95)), List.of(), null, null);
        Side allies = new Side(List.of(new NamedEntry("Kingdom of Tarn", l, 0.95), new NamedEntry("Electorate of Varn", l, 0.95)),
                List.of(new Commander("Jacob Flem", null, l, 0.95), new Commander("Frederick Osk", null, l, 0.95)),
                List.of(), null, null);
        ParsedArticle article = new ParsedArticle("Battle of Harl", "Northern War", "1712-12-20", "1712-12-20", "Harl",
                "Inconclusive", null, List.of(swedes, allies), List.of(), Map.of("date", l));
        List<QuestionContent> matching = new SideItems().drafts(new Battle(article, List.of()), new Random(2)).stream()
                .map(Draft::content).filter(q -> q.type() == QuestionType.MATCHING).toList();
        assertTrue(!matching.isEmpty());
        matching.forEach(q -> assertTrue(q.explanation().contains("fought for the Kingdom of Tarn and the Electorate of Varn"),
                q.explanation()));
    }
}
