package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A mirror that printed the captions of the flag images as text ("Navy flag 13 stars Tessan Republic"), a heading
 * that starts with "The", and titled commanders ("Earl of ...") one to a line. Invented battle.
 */
class FlagCaptionsTest {
    private final ParsedArticle parsed = new ArticleParser().parse(String.join("\n",
            "The Second Battle of Varro Field",
            "Date 3 May 1944",
            "Location Varro Island",
            "Result Tessan victory",
            "Belligerents",
            "Navy flag 13 stars Tessan Republic Merchant flag of Arvel (1870) Empire of Arvel",
            "Commanders and leaders",
            "Earl of Surran",
            "Earl of Mont",
            "Earl of Bothe",
            "Hadran Oskel",
            "Strength",
            "28,000 11,000",
            "",
            "The Second Battle of Varro Field was fought in May 1944 between the Tessan Republic and the Empire of"
                    + " Arvel."));

    @Test
    void aFlagsCaptionIsNoBelligerentButMarksItsColumn() {
        assertEquals(List.of(List.of("Tessan Republic"), List.of("Empire of Arvel")), parsed.sides().stream()
                .map(s -> s.belligerents().stream().map(NamedEntry::name).toList()).toList());
    }

    @Test
    void theTitleLosesTheArticleAHeadingPutBeforeIt() {
        assertEquals("Second Battle of Varro Field", parsed.title());
    }

    @Test
    void aTitleSharedByCommandersIsNoFlagLabel() {
        List<String> all = parsed.sides().stream().flatMap(s -> s.commanders().stream()).map(Commander::name).toList();
        assertEquals(List.of("Earl of Surran", "Earl of Mont", "Earl of Bothe", "Hadran Oskel"), all);
    }
}
