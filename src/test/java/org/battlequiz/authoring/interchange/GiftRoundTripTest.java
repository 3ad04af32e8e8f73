package org.battlequiz.authoring.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.junit.jupiter.api.Test;

class GiftRoundTripTest {

    private static ImportResult roundTrip(List<QuestionContent> items) {
        ExportResult exported = Interchange.export(Format.GIFT, SetInfo.titled("Battles / wars"), items);
        return Interchange.importText(Format.GIFT, exported.text());
    }

    private static List<QuestionContent> expressible() {
        return SampleItems.everyType().stream().filter(item -> item.type() != QuestionType.ORDERING).toList();
    }

    @Test
    void everyExpressibleTypeComesBackUnchanged() {
        ImportResult result = roundTrip(SampleItems.everyType());
        SameItems.assertSameItems(expressible(), result.items());
        assertEquals(List.of(), result.notes());
        assertEquals("Battles / wars", result.title());
    }

    @Test
    void orderingIsSkippedAndReportedWithItsPosition() {
        ExportResult exported = Interchange.export(Format.GIFT, SetInfo.titled("t"), SampleItems.everyType());
        int position = SampleItems.everyType().indexOf(SampleItems.ordering()) + 1;
        assertEquals(List.of(new SkippedItem(position, QuestionType.ORDERING, "GIFT has no ordering questions")),
                exported.skipped());
        assertTrue(exported.text().contains("\n// left out: item " + position + " (ordering), GIFT has no ordering questions\n"),
                exported.text());
    }

    @Test
    void textThatMoodleWouldTrimOrReadAsSyntaxSurvives() {
        QuestionContent item = SampleItems.item(QuestionType.SINGLE_CHOICE, "[markdown] looks like a format\nsecond line ",
                List.of(), List.of(" leading space", "%50% off", "ends with tab\t", "\\n is not a newline", "a\\\\b"),
                List.of("%50% off"), null, "[html] also here", "source with \\{brace}");
        SameItems.assertSameItems(List.of(item), roundTrip(List.of(item)).items());
    }

    @Test
    void shortAnswerKeysStartingWithPercentOrHoldingSpecialsSurvive() {
        QuestionContent item = SampleItems.item(QuestionType.CLOZE, "Fill ____ in", List.of(), List.of(),
                List.of("%10%", "a:b", "x#y", "~tilde", "{braces}", "back\\slash"), null, null, null);
        SameItems.assertSameItems(List.of(item), roundTrip(List.of(item)).items());
    }

    @Test
    void shortAnswerWithArrowIsSkippedRatherThanReadBackAsMatching() {
        QuestionContent item = SampleItems.item(QuestionType.CLOZE, "Fill ____", List.of(), List.of(),
                List.of("a->b"), null, null, null);
        ExportResult exported = Interchange.export(Format.GIFT, SetInfo.titled("t"), List.of(item, SampleItems.cloze()));
        assertEquals(1, exported.skipped().size());
        assertEquals(1, exported.skipped().get(0).position());
    }

    @Test
    void tagValuesWithBracketsAndSpacesSurvive() {
        QuestionContent item = new QuestionContent(QuestionType.DATE, "When?", null, null, List.of("-0480-08-20"), 1.0,
                null, null, "date [start]", 0.125, "gen 2 [beta]");
        SameItems.assertSameItems(List.of(item), roundTrip(List.of(item)).items());
    }
}
