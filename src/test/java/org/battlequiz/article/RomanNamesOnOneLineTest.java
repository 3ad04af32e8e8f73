package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RomanNamesOnOneLineTest {
    @Test
    void aPraenomenOpensTheNextMansNameAndNeverEndsOne() {
        ParsedArticle a = new ArticleParser().parse("""
                Battle of Orle
                Part of the Hill War
                Date 48 BC
                Location Orle, Varnia
                Result Varnian victory
                Belligerents
                Varnia Tessa
                Commanders and leaders
                Gnaeus Varrius Orlo Gaius Tullius Hadra
                Strength
                30,000 40,000

                The Battle of Orle was fought in 48 BC between Varnia and Tessa.
                """);
        assertEquals(List.of(List.of("Gnaeus Varrius Orlo"), List.of("Gaius Tullius Hadra")), a.sides().stream()
                .map(s -> s.commanders().stream().map(Commander::name).toList()).toList());
    }
}
