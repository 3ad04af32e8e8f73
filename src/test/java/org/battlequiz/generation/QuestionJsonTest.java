package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.junit.jupiter.api.Test;

class QuestionJsonTest {

    private static QuestionContent item(QuestionType type, List<String> stems, List<String> options, List<String> keys,
                                        Double tolerance) {
        return new QuestionContent(type, "Prompt?", stems, options, keys, tolerance, "Because.", "Line 3",
                "date", 0.5, QuestionGenerator.VERSION);
    }

    @Test
    void choiceAnswerIsOneOfTheOptions() {
        Map<String, Object> json = QuestionJson.toJson(item(QuestionType.SINGLE_CHOICE, null, List.of("A", "B", "C"),
                List.of("B"), null));
        assertEquals(List.of("type", "prompt", "options", "answer", "source", "explanation", "difficulty", "factKind",
                "generatorVersion"), List.copyOf(json.keySet()));
        assertEquals("single_choice", json.get("type"));
        assertEquals("B", json.get("answer"));
        assertTrue(((List<?>) json.get("options")).contains(json.get("answer")));
    }

    @Test
    void numericAnswerIsALongWhenIntegralAndADoubleOtherwise() {
        Map<String, Object> whole = QuestionJson.toJson(item(QuestionType.NUMERIC, null, null, List.of("1850"), 150.0));
        assertInstanceOf(Long.class, whole.get("answer"));
        assertEquals(1850L, whole.get("answer"));
        assertEquals(150L, whole.get("tolerance"));
        Map<String, Object> half = QuestionJson.toJson(item(QuestionType.NUMERIC, null, null, List.of("12.5"), 0.5));
        assertEquals(12.5, half.get("answer"));
    }

    @Test
    void dateAnswerIsTheYearAsANumber() {
        Map<String, Object> json = QuestionJson.toJson(item(QuestionType.DATE, null, null, List.of("-279"), 0.0));
        assertEquals(-279L, json.get("answer"));
    }

    @Test
    void multipleSelectAndOrderingAnswerWithLists() {
        assertEquals(List.of("A", "C"), QuestionJson.toJson(item(QuestionType.MULTIPLE_SELECT, null,
                List.of("A", "B", "C", "D"), List.of("A", "C"), null)).get("answer"));
        assertEquals(List.of("C", "A", "B"), QuestionJson.toJson(item(QuestionType.ORDERING, null,
                List.of("A", "B", "C"), List.of("C", "A", "B"), null)).get("answer"));
    }

    @Test
    void matchingAnswersWithStemAnswerPairs() {
        Map<String, Object> json = QuestionJson.toJson(item(QuestionType.MATCHING, List.of("Henry", "Charles"),
                List.of("England", "France"), List.of("England", "France"), null));
        assertEquals(List.of(Map.of("stem", "Henry", "answer", "England"), Map.of("stem", "Charles", "answer", "France")),
                json.get("answer"));
        assertEquals(List.of("Henry", "Charles"), json.get("stems"));
    }

    @Test
    void clozeAnswerIsTheKeyString() {
        assertEquals("Henry", QuestionJson.toJson(item(QuestionType.CLOZE, null, null, List.of("Henry", "Henry V"),
                null)).get("answer"));
    }
}
