package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A point of the compass and the word after it name one region; no column ends between them. Invented battle. */
class CompassWordsTest {
    @Test
    void aColumnNeverEndsOnAPointOfTheCompass() {
        ParsedArticle a = new ArticleParser().parse(String.join("\n", "Battle of Orrin Ford", "",
                "Date February 12, 1817", "Location near Orrin, Tarn", "Result Rebel victory", "Combatants",
                "South American rebels Spain", "Commanders", "Piet Hale", "Edric Varn", "Strength", "4,000 1,500",
                "Casualties", "100 killed 500 killed", "",
                "In 1815 Piet Hale set out to drive the royalists from South America, starting with Tarn."));
        assertEquals(List.of(List.of("South American rebels"), List.of("Spain")), a.sides().stream()
                .map(s -> s.belligerents().stream().map(NamedEntry::name).toList()).toList());
    }
}
