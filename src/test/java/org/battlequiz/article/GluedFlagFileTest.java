package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A wiki mirror that printed one side's flag as its file name, glued to the name after it ("War flag of the Varnian
 * Army.svgVarnian Army"), and lost the Strength label before "5th corps 60,000". Invented battle.
 */
class GluedFlagFileTest {
    private final ParsedArticle parsed = new ArticleParser().parse(String.join("\n", "Military Wiki",
            "Battle of Oued Pass", "Part of the Battle of South Tessa", "Date18 December 1939–11 January 1940",
            "LocationSuburbs of Oued, Tessa", "Result Decisive Tessan victory[1]", "Tessans hold the pass",
            "Taiwan National Army War flag of the Varnian Army.svgVarnian Army", "Commanders and leaders",
            "Taiwan Odo Marsh", "Taiwan Piers Hallam", "Taiwan Ralph Oxney",
            "War flag of the Varnian Army.svgHayato Tanabe", "5th corps 60,000", "200th Division: 240 tanks",
            "120 tankettes", "5th division plus other units, total fighting strength of 45,000[2]",
            "Casualties and losses", "5,600 killed", "11,000 injured", "4,000+ killed", "4,000+ wounded", "",
            "The Battle of Oued Pass was a series of struggles between the Varnians and the Tessans."));

    @Test
    void aFlagFileGluedToTheNameAfterItIsNoName() {
        assertEquals(List.of(List.of("Taiwan National Army"), List.of("Varnian Army")), parsed.sides().stream()
                .map(s -> s.belligerents().stream().map(NamedEntry::name).toList()).toList());
        assertEquals(List.of("Hayato Tanabe"), parsed.sides().get(1).commanders().stream().map(Commander::name).toList());
    }

    @Test
    void aNumberedFormationAndItsMenInThousandsOpenTheStrength() {
        assertEquals(List.of("Odo Marsh", "Piers Hallam", "Ralph Oxney"),
                parsed.sides().get(0).commanders().stream().map(Commander::name).toList());
        assertEquals(45_000L, parsed.sides().get(1).strength().min());
    }
}
