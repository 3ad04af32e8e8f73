package org.battlequiz.authoring.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;

/**
 * Round-trip equality: everything must come back except what the formats treat as unordered or absent,
 * namely the order of a multiple select's keys (they come back in option order) and blank versus missing feedback.
 */
final class SameItems {
    private SameItems() {
    }

    static void assertSameItems(List<QuestionContent> expected, List<QuestionContent> actual) {
        assertEquals(expected.stream().map(SameItems::normalized).toList(),
                actual.stream().map(SameItems::normalized).toList());
    }

    static QuestionContent normalized(QuestionContent item) {
        List<String> keys = item.type() == QuestionType.MULTIPLE_SELECT
                ? item.options().stream().filter(item.keys()::contains).toList() : item.keys();
        return new QuestionContent(item.type(), item.prompt(), item.stems(), item.options(), keys, item.tolerance(),
                blankToNull(item.explanation()), blankToNull(item.source()), blankToNull(item.factKind()),
                item.difficulty(), blankToNull(item.generatorVersion()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
