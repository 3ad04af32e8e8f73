package org.battlequiz.authoring.interchange;

import java.io.IOException;
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

    /** @throws InterchangeException naming the line or element at fault; then nothing is imported */
    public static ImportResult importText(Format format, String text) {
        return switch (format) {
            case MOODLE_XML -> new MoodleXmlReader().read(text);
            case GIFT -> new GiftReader().read(text);
            case CSV -> throw new InterchangeException("CSV is an export format only; import GIFT or Moodle XML");
        };
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
