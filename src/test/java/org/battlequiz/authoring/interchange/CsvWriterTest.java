package org.battlequiz.authoring.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static List<List<String>> export(List<QuestionContent> items) {
        return Rfc4180.parse(Interchange.export(Format.CSV, SetInfo.titled("t"), items).text());
    }

    @Test
    void writesAHeaderAndOneRowPerItem() {
        List<List<String>> rows = export(SampleItems.everyType());
        assertEquals(CsvWriter.HEADER, rows.get(0));
        assertEquals(SampleItems.everyType().size() + 1, rows.size());
        assertTrue(rows.stream().allMatch(row -> row.size() == CsvWriter.HEADER.size()));
    }

    @Test
    void quotesCommasQuotesAndLineBreaksSoCellsReadBackExactly() {
        List<String> row = export(List.of(SampleItems.singleChoice())).get(1);
        assertEquals(List.of("1", "single_choice", SampleItems.singleChoice().prompt(), "",
                "Pavičić & Sons | <b>Hezbollah</b> | a = b {c} ~d #e: \\f | O'Brien", "<b>Hezbollah</b>", "",
                "Hezbollah fought beside the Syrian Army; 1 < 2 & 3 > 2.",
                "The battle was fought in Al-Qusayr[12] \"near Homs\".", "kind-single_choice", "0.35", "gen-test"), row);
        QuestionContent multiline = SampleItems.item(QuestionType.CLOZE, "Line one,\r\nline \"two\" ____", List.of(),
                List.of(), List.of("x"), null, null, null);
        assertEquals("Line one,\r\nline \"two\" ____", export(List.of(multiline)).get(1).get(2));
    }

    @Test
    void formulaLikeCellsGetAnApostropheButPlainNumbersDoNot() {
        QuestionContent item = SampleItems.item(QuestionType.NUMERIC, "=HYPERLINK(\"http://evil\")", List.of(),
                List.of(), List.of("-8500"), 2.0, "+cmd|' /C calc'!A0", "@SUM(A1:A2)");
        List<String> row = export(List.of(item)).get(1);
        assertEquals("'=HYPERLINK(\"http://evil\")", row.get(2));
        assertEquals("-8500", row.get(5));
        assertEquals("'+cmd|' /C calc'!A0", row.get(7));
        assertEquals("'@SUM(A1:A2)", row.get(8));
        assertEquals("'-Carthage", CsvWriter.cell("-Carthage"));
        assertEquals("'\tx", CsvWriter.cell("\tx"));
        assertEquals("-2.5", CsvWriter.cell("-2.5"));
        assertEquals("'-2+3", CsvWriter.cell("-2+3"));
    }

    @Test
    void matchingRowsListStemsAndKeysInTheSameOrder() {
        List<String> row = export(List.of(SampleItems.matching())).get(1);
        assertEquals("Henry V | Charles d'Albret | Pavičić", row.get(3));
        assertEquals("England & Wales | France | Croatia", row.get(5));
    }
}
