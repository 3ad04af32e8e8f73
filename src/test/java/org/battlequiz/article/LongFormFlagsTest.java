package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A mirror that printed each flag's caption as text: a state's long form before its short name, and before every
 * commander; a dagger printed as "+", a bracket left open, a weight of shot among the men. Invented battle.
 */
class LongFormFlagsTest {
    private final ParsedArticle parsed = new ArticleParser().parse(String.join("\n",
            "Battle of Orrin Bay", "", "From an encyclopedia copy", "", "Battle of Orrin Bay",
            "Part of the Lake War", "Date10 September 1813", "Location", "Result American victory", "Belligerents",
            " United States United Kingdom of Great Britain and Ireland United Kingdom", "Commanders and leaders",
            "United States Amos Hale Tarrant", "United States Silas Brook",
            "United Kingdom of Great Britain and Ireland Robert Venn Osgood + Surrendered",
            "United Kingdom of Great Britain and Ireland Edwin Marsh (POWExecuted", "Strength", "", "540 men",
            "1,536 lb broadside", "", "450 men", "4 field guns", "and 2 machine guns", "Casualties and losses",
            "27 killed", "96 wounded", "41 killed", "93 wounded", "",
            "The Battle of Orrin Bay was fought on 10 September 1813 between American and British squadrons."));

    @Test
    void aLongFormCaptionBeforeTheShortNameIsNoBelligerent() {
        assertEquals(List.of(List.of("United States"), List.of("United Kingdom")), parsed.sides().stream()
                .map(s -> s.belligerents().stream().map(NamedEntry::name).toList()).toList());
    }

    @Test
    void commandersFollowTheirFlagsEvenALongOne() {
        assertEquals(List.of("Amos Hale Tarrant", "Silas Brook"), names(0));
        assertEquals(List.of("Robert Venn Osgood", "Edwin Marsh"), names(1));
    }

    @Test
    void aPlusAndStatusWordsAndAnOpenBracketGiveTheNote() {
        assertEquals(List.of("POW", "Executed"),
                parsed.sides().get(1).commanders().stream().map(Commander::note).toList());
    }

    @Test
    void aWeightOfShotAndALineGoingOnWithAndAreNoMenOfTheOtherSide() {
        assertEquals(540L, parsed.sides().get(0).strength().min());
        assertEquals(450L, parsed.sides().get(1).strength().max());
    }

    private List<String> names(int side) {
        return parsed.sides().get(side).commanders().stream().map(Commander::name).toList();
    }
}
