package org.battlequiz.authoring.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads GIFT question by question (a question Battle Quiz cannot take is reported as skipped, with its line). Questions are separated by blank lines; "//" lines are comments, in which
 * "[tag:...]" tokens are the question's tags, as in Moodle; the "bq-" tags carry the item data GiftWriter wrote.
 */
final class GiftReader {

    private static final Pattern TAG = Pattern.compile("\\[tag:((?:\\\\]|[^\\]])+)]");
    private static final Pattern ID = Pattern.compile("\\[id:((?:\\\\]|[^\\]])+)]");

    private record Block(int firstLine, String text, List<String> tags, String idNumber) {
    }

    ImportResult read(String gift) {
        String title = null;
        List<ImportedQuestion> items = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Block block : blocks(gift.startsWith("\uFEFF") ? gift.substring(1) : gift)) {
            if (block.text().startsWith("$CATEGORY:")) {
                title = title == null ? CategoryPath.title(block.text().substring("$CATEGORY:".length())) : title;
                continue;
            }
            items.add(readQuestion(block, notes));
        }
        if (items.isEmpty()) {
            throw new InterchangeException("the file holds no questions");
        }
        return new ImportResult(title, items, notes);
    }

    private static ImportedQuestion readQuestion(Block block, List<String> notes) {
        String where = "line " + block.firstLine();
        return ItemRules.read(where, GiftQuestionParser.typeOf(block.text()), () ->
                ItemMeta.fromTags(block.tags()).applyTo(
                        new GiftQuestionParser(where, notes).parse(block.text(), block.idNumber(), block.tags())));
    }

    private static List<Block> blocks(String gift) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = gift.split("\r\n|\r|\n", -1);
        List<String> text = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String idNumber = null;
        int firstLine = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            if (line.isBlank()) {
                if (!text.isEmpty()) {
                    blocks.add(new Block(firstLine, String.join("\n", text).strip(), tags, idNumber));
                }
                text = new ArrayList<>();
                tags = new ArrayList<>();
                idNumber = null;
                firstLine = 0;
                continue;
            }
            String trimmed = line.strip();
            if (trimmed.startsWith("//")) {
                Matcher tag = TAG.matcher(trimmed);
                while (tag.find()) {
                    tags.add(tag.group(1).replace("\\]", "]"));
                }
                Matcher id = ID.matcher(trimmed);
                idNumber = id.find() ? id.group(1).replace("\\]", "]").strip() : idNumber;
            } else {
                firstLine = firstLine == 0 ? i + 1 : firstLine;
                text.add(line);
            }
        }
        return blocks;
    }
}
