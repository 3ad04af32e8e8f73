package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A mirror that dropped the Belligerents label, printed coat-of-arms file names before each member and an image size
 * ("20px") in place of the last flag, and lists one side's members styled alike ("Duchy of ..."). Invented article.
 */
class StyledBelligerentRunsTest {
    private static final String PAGE = String.join("\n",
            "Battle of Varro Field",
            "Part of the Tessan invasion of Arvel",
            "Painting of the battle",
            "Date September 3, 1402",
            "Location Varro Field near the Sella River",
            "Result Decisive Arvel victory",
            "Arms of Arvel.svg Duchy of Arvel",
            "Arms of Brenn.png Duchy of Brenn",
            "Arms of Corso (1701).png Duchy of Corso",
            "20px Tessan Horde",
            "Commanders and leaders",
            "Hadran of Arvel Oskel",
            "40,000",
            "90,000",
            "Casualties and losses",
            "12,000 killed",
            "Almost entire army killed",
            "",
            "The Battle of Varro Field was fought between the Tessan Horde of Oskel and the duchies led by Hadran of"
                    + " Arvel. It ended in a victory of Hadran.");

    private final ParsedArticle parsed = new ArticleParser().parse(PAGE);

    private List<String> names(int side) {
        return parsed.sides().get(side).belligerents().stream().map(NamedEntry::name).toList();
    }

    @Test
    void anImageSizeBeforeANameIsNoFigureAndThePageIsRead() {
        assertEquals(List.of("Tessan Horde"), names(1));
    }

    @Test
    void membersStyledAlikeStayInOneColumn() {
        assertEquals(List.of("Duchy of Arvel", "Duchy of Brenn", "Duchy of Corso"), names(0));
        assertEquals(0, parsed.winner());
    }
}
