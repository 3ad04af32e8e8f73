package org.battlequiz.authoring.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.junit.jupiter.api.Test;

class MoodleXmlRoundTripTest {

    private static ImportResult roundTrip(SetInfo set, List<QuestionContent> items) {
        String xml = Interchange.export(Format.MOODLE_XML, set, items).text();
        return Interchange.importText(Format.MOODLE_XML, xml);
    }

    @Test
    void everyTypeComesBackUnchanged() {
        List<QuestionContent> items = SampleItems.everyType();
        ImportResult result = roundTrip(SetInfo.titled("Battles"), items);
        SameItems.assertSameItems(items, result.items());
        assertEquals(List.of(), result.notes());
    }

    @Test
    void setTitleWithSlashComesBackAsTheCategory() {
        ImportResult result = roundTrip(SetInfo.titled("Agincourt / Crécy"), List.of(SampleItems.cloze()));
        assertEquals("Agincourt / Crécy", result.title());
    }

    @Test
    void itemsWithoutMetadataOrFeedbackComeBackUnchanged() {
        QuestionContent bare = new QuestionContent(QuestionType.NUMERIC, "How many?", null, null, List.of("12"),
                null, null, null, null, null, null);
        assertEquals(List.of(bare), roundTrip(SetInfo.titled("t"), List.of(bare)).items());
    }

    @Test
    void multilineTextAndLeadingSpacesSurvive() {
        QuestionContent item = SampleItems.item(QuestionType.SINGLE_CHOICE, "Line one\nline two\r\n  indented",
                List.of(), List.of(" a", "b "), List.of(" a"), null, "Why\n\nbecause", "src");
        assertEquals(List.of(item), roundTrip(SetInfo.titled("t"), List.of(item)).items());
    }
}
