package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DoubledCaptionsTest {
    @Test
    void aNameSaidTwiceOnOneOfSeveralBelligerentLinesIsOneEntryOfOneColumn() {
        ParsedArticle article = new ArticleParser().parse("""
                Battle of Orne Ford

                Battle of the Orne Ford
                Part of the Western Front of World War I
                Date 2–4 October 1914
                Location Orne Ford, France
                Result Allied victory
                Belligerents
                France France
                United Kingdom United Kingdom
                German Empire German Empire
                Commanders and leaders
                Paul Marnier
                Henri Vallot
                Arthur Keane
                Otto von Haldt
                Kurt Remmler
                Strength
                12 French divisions
                3 British divisions
                9 German divisions
                Casualties and losses
                France: 21,000
                United Kingdom: 900
                18,500

                The Battle of the Orne Ford was a battle of the First World War fought from 2 to 4 October 1914. It ended in
                an Allied victory over the German armies, which fell back north of the Orne. It stopped the German drive into
                France and the chase of the Allied armies.
                """);
        assertEquals(List.of(List.of("France", "United Kingdom"), List.of("German Empire")), article.sides().stream()
                .map(side -> side.belligerents().stream().map(NamedEntry::name).toList()).toList());
    }
}
