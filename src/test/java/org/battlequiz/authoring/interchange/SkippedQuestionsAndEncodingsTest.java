package org.battlequiz.authoring.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A file with questions Battle Quiz cannot take imports the others and names each skipped one with its reason. */
class SkippedQuestionsAndEncodingsTest {
    private static final String GIFT = "::Crécy::Crécy was fought in 1346.{T}\n\n::Essay::Why did the French lose?{}\n\n"
            + "::Description::Read about the longbow.\n";

    @Test
    void moodleXmlSkipsEssayClozeDescriptionAndABrokenQuestion() {
        ImportResult result = Interchange.importText(Format.MOODLE_XML, FixtureImportTest.fixture("mixed.xml"));
        assertEquals(1, result.items().size());
        assertEquals("Hastings was fought in 1066.", result.items().get(0).prompt());
        assertEquals(List.of("essay", "multianswer", "description", "shortanswer"),
                result.skipped().stream().map(ImportedQuestion::type).toList());
        assertEquals("question 1 \"Why Hastings\" (type essay)", result.skipped().get(0).where());
        assertEquals("this question type cannot be imported; Battle Quiz takes multichoice, truefalse, numerical, "
                + "matching, ordering, shortanswer", result.skipped().get(0).problem());
        assertEquals("no <answer> has fraction 100", result.skipped().get(3).problem());
    }

    @Test
    void giftSkipsEssayAndDescriptionWithTheirLines() {
        ImportResult result = Interchange.importText(Format.GIFT, GIFT);
        assertEquals(1, result.items().size());
        assertEquals(List.of("line 3", "line 5"), result.skipped().stream().map(ImportedQuestion::where).toList());
        assertEquals(List.of("essay", "description"), result.skipped().stream().map(ImportedQuestion::type).toList());
    }

    @Test
    void utf8WithAndWithoutBomUtf16WithBomAndWindows1252AllRead() {
        byte[] utf8 = GIFT.getBytes(StandardCharsets.UTF_8);
        assertEquals(GIFT, Interchange.decode(utf8));
        assertEquals(GIFT, Interchange.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8)));
        assertEquals(GIFT, Interchange.decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                GIFT.getBytes(StandardCharsets.UTF_16BE))));
        assertEquals(GIFT, Interchange.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                GIFT.getBytes(StandardCharsets.UTF_16LE))));
        String windows = GIFT.replace("1346.", "1346 – “the longbow’s day”.");
        assertEquals(windows, Interchange.decode(windows.getBytes(Charset.forName("windows-1252"))));
        assertEquals("Crécy was fought in 1346 – “the longbow’s day”.", Interchange.importText(Format.GIFT,
                Interchange.decode(windows.getBytes(Charset.forName("windows-1252")))).items().get(0).prompt());
    }

    private static byte[] concat(byte[] first, byte[] second) {
        return ByteBuffer.allocate(first.length + second.length).put(first).put(second).array();
    }
}
