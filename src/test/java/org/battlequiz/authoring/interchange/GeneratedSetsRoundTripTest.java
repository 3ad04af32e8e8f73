package org.battlequiz.authoring.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.battlequiz.generation.GenerationResult;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Export then import of the set generated from every shipped article (as the app generates it) keeps every item. */
class GeneratedSetsRoundTripTest {
    private static List<GenerationResult> sets;

    @BeforeAll
    static void generateEverySet() {
        sets = ShippedSets.all();
        assertEquals(6, sets.size());
        assertTrue(sets.stream().allMatch(set -> !set.questions().isEmpty()), "every article yields items");
    }

    @Test
    void moodleXmlKeepsEveryGeneratedItem() {
        for (GenerationResult set : sets) {
            String xml = Interchange.export(Format.MOODLE_XML, SetInfo.titled(set.title()), set.questions()).text();
            ImportResult imported = Interchange.importText(Format.MOODLE_XML, xml);
            SameItems.assertSameItems(set.questions(), imported.items());
            assertEquals(set.title(), imported.title());
            assertEquals(List.of(), imported.notes());
        }
    }

    @Test
    void giftKeepsEveryGeneratedItemOfTheTypesItCanExpress() {
        for (GenerationResult set : sets) {
            ExportResult exported = Interchange.export(Format.GIFT, SetInfo.titled(set.title()), set.questions());
            Set<Integer> skipped = exported.skipped().stream().map(SkippedItem::position).collect(Collectors.toSet());
            assertTrue(exported.skipped().stream().allMatch(item -> item.type() == QuestionType.ORDERING),
                    () -> "only ordering items may be skipped: " + exported.skipped());
            List<QuestionContent> expressible = Stream.iterate(0, i -> i + 1).limit(set.questions().size())
                    .filter(i -> !skipped.contains(i + 1)).map(set.questions()::get).toList();
            SameItems.assertSameItems(expressible, Interchange.importText(Format.GIFT, exported.text()).items());
        }
    }

    @Test
    void csvHasOneRowPerGeneratedItem() {
        for (GenerationResult set : sets) {
            String csv = Interchange.export(Format.CSV, SetInfo.titled(set.title()), set.questions()).text();
            List<List<String>> rows = Rfc4180.parse(csv);
            assertEquals(set.questions().size() + 1, rows.size());
            assertTrue(rows.stream().allMatch(row -> row.size() == CsvWriter.HEADER.size()));
        }
    }
}
