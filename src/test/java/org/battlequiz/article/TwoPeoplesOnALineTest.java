package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TwoPeoplesOnALineTest {
    @Test
    void twoPluralPeoplesOnOneLineAreTwoBelligerents() {
        ParsedArticle a = new ArticleParser().parse("""
                Battle of Orle
                Part of the Hill War
                Date 46 BC
                Location Orle, Varnia
                Result Decisive Varnate victory
                Belligerents
                Varnates Orlites
                Tessa
                Commanders and leaders
                Tomas Verle
                Anker Hollis
                Piet Darro
                Strength
                30,000 40,000

                The Battle of Orle was fought in 46 BC. The forces of the Orlites, led by Anker Hollis, were defeated by
                the forces of Tomas Verle.
                """);
        assertEquals(List.of("Varnates"), a.sides().get(0).belligerents().stream().map(NamedEntry::name).toList());
        assertEquals(List.of("Orlites", "Tessa"), a.sides().get(1).belligerents().stream().map(NamedEntry::name).toList());
    }
}
