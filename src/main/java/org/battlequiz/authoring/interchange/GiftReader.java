package org.battlequiz.authoring.interchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.battlequiz.question.QuestionContent;

/**
 * Reads GIFT, all or nothing. Questions are separated by blank lines; "//" lines are comments, and a
 * "// [bq] key=value; ..." comment carries the item data GiftWriter wrote for it.
 */
public final class GiftReader {

    private record Block(int firstLine, String text, Map<String, String> meta) {
    }

    public ImportResult read(String gift) {
        String title = null;
        List<QuestionContent> items = new ArrayList<>();
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

    private static QuestionContent readQuestion(Block block, List<String> notes) {
        String where = "line " + block.firstLine();
        return ItemRules.readValid(where, () ->
                ItemMeta.of(block.meta()).applyTo(new GiftQuestionParser(where, notes).parse(block.text())));
    }

    private static List<Block> blocks(String gift) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = gift.split("\r\n|\r|\n", -1);
        List<String> text = new ArrayList<>();
        Map<String, String> meta = new LinkedHashMap<>();
        int firstLine = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            if (line.isBlank()) {
                if (!text.isEmpty()) {
                    blocks.add(new Block(firstLine, String.join("\n", text).strip(), meta));
                }
                text = new ArrayList<>();
                meta = new LinkedHashMap<>();
                firstLine = 0;
                continue;
            }
            String trimmed = line.strip();
            if (trimmed.startsWith(GiftWriter.META_COMMENT.strip())) {
                meta.putAll(parseMeta(trimmed.substring(GiftWriter.META_COMMENT.strip().length()), i + 1));
            } else if (!trimmed.startsWith("//")) {
                firstLine = firstLine == 0 ? i + 1 : firstLine;
                text.add(line);
            }
        }
        return blocks;
    }

    private static Map<String, String> parseMeta(String pairs, int lineNumber) {
        Map<String, String> meta = new LinkedHashMap<>();
        for (String pair : pairs.split(";")) {
            int equals = pair.indexOf('=');
            if (pair.isBlank()) {
                continue;
            }
            if (equals <= 0) {
                throw new InterchangeException("line " + lineNumber + ": the [bq] comment part '" + pair.strip()
                        + "' is not key=value");
            }
            meta.put(pair.substring(0, equals).strip(), GiftText.fromMetaValue(pair.substring(equals + 1).strip()));
        }
        return meta;
    }

}
