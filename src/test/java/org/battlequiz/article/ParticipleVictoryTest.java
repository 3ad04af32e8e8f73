package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ParticipleVictoryTest {
    @Test
    void aVictoryScoredInAClauseAfterACommaIsTheSubjects() {
        ParsedArticle article = new ArticleParser().parse("""
                Battle of Karasu
                Date3 July 1773
                LocationKarasu
                Result
                Belligerents
                Ottoman Empire
                Russian Empire
                Commanders and leaders
                Hasan Bey
                Pyotr Orlin

                The Battle of Karasu was fought on 3 July 1773 near the village of Karasu. The Russians broke into the Ottoman camp at dawn, scoring a clear victory.
                """);
        assertEquals(1, article.winner());
    }
}
