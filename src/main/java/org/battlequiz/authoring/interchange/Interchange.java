package org.battlequiz.authoring.interchange;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.Reader;
import java.io.StringWriter;
import java.util.List;
import org.battlequiz.generation.item.QuestionContent;

/** Export and import of question sets in Moodle XML, GIFT and CSV. Plain Java, stateless. */
public final class Interchange {
    private Interchange() {
    }

    public static ExportResult export(Format format, SetInfo set, List<QuestionContent> items) {
        return switch (format) {
            case MOODLE_XML -> new MoodleXmlWriter().write(set, items);
            case GIFT -> new GiftWriter().write(set, items);
            case CSV -> new CsvWriter().write(items);
        };
    }

    public static ExportResult export(Format format, String title, List<QuestionContent> items) {
        return export(format, SetInfo.titled(title), items);
    }

    /** @return what is wrong with an item (as an importer would say it), or empty when it is valid */
    public static java.util.Optional<String> problem(QuestionContent item) {
        return java.util.Optional.ofNullable(ItemRules.problem(item));
    }

    /**
     * @return every question of the file, each an item or the reason it cannot be imported
     * @throws InterchangeException when the whole file must be refused (not the format, no question, a grade
     *         Moodle refuses), naming the line or element at fault
     */
    public static ImportResult importText(Format format, String text) {
        return switch (format) {
            case MOODLE_XML -> new MoodleXmlReader().read(text);
            case GIFT -> new GiftReader().read(text);
            case CSV -> throw new InterchangeException("CSV is an export format only; import GIFT or Moodle XML");
        };
    }

    /**
     * The text of an uploaded file as Moodle reads it: UTF-8, with or without a byte order mark, UTF-16 with one,
     * and anything that is not UTF-8 as windows-1252.
     */
    public static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2,
                    bytes[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    public static ImportResult importText(Format format, Reader reader) {
        StringWriter text = new StringWriter();
        try {
            reader.transferTo(text);
        } catch (IOException e) {
            throw new InterchangeException("the file cannot be read: " + e.getMessage(), e);
        }
        return importText(format, text.toString());
    }
}
