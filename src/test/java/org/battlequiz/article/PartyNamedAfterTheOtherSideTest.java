package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A mirror lost one column of belligerents, and the rest split where a party named after a state stood (invented). */
class PartyNamedAfterTheOtherSideTest {
    private static ParsedArticle parse(String last) {
        return new ArticleParser().parse(String.join("\n", "Battle of Orle Field", "Part of the Tarsk War",
                "Date 4 July 362 BC", "Result", "Varnish victory", "Belligerents", "  • Tarsk", "  • Hollin",
                "  • Ostra", "  • " + last, "Commanders and leaders", "Kell ", "Aldo", "Strength",
                "25,000 men 20,000 hoplites", "Casualties and losses", "6,000 12,000", "",
                "The Battle of Orle Field was fought in 362 BC."));
    }

    @Test
    void aPartyNamedAfterAStateInTheOtherColumnLeavesTheBoundaryInDoubt() {
        ParsedArticle loyal = parse("Orlish loyal to Tarsk");
        assertTrue(loyal.sides().stream().flatMap(s -> s.belligerents().stream()).allMatch(b -> b.confidence() < 0.5),
                loyal.sides().toString());
    }

    @Test
    void aPartyOfItsOwnNameOrNamedAfterAPlaceLeavesTheBoundaryAsItWas() {
        for (String party : java.util.List.of("Orlish rebels", "Orlish army in Tarsk")) {
            ParsedArticle plain = parse(party);
            assertTrue(plain.sides().stream().flatMap(s -> s.belligerents().stream())
                    .anyMatch(b -> b.confidence() >= 0.5), plain.sides().toString());
        }
    }
}
