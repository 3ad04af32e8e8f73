package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ToolbarLabelTest {
    @Test
    void aRowLabelInASitesToolbarGivesWayToTheInfoboxsOwnRowBelow() {
        ParsedArticle article = new ArticleParser().parse("""
                Location via relay:   [ UP ]
                [Send feedback]   [Cookie settings]

                The Battle of Tessa Ford was fought on 4 June 1771 near the village of Tessa, and it was the largest battle of the war.

                Battle of Tessa Ford
                Part of the River War
                Date4 June 1771
                Location
                Tessa Ford, near Tessa, Lower Orva
                Result Ostrian victory
                Belligerents
                Ostria
                Vellish Khanate
                Commanders and leaders
                Anton Varel
                Mirek Sorn
                """);
        assertEquals("Battle of Tessa Ford", article.title());
        assertEquals("Tessa Ford, near Tessa, Lower Orva", article.location());
    }
}
