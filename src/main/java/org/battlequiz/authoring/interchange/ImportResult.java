package org.battlequiz.authoring.interchange;

import java.util.List;
import org.battlequiz.generation.item.QuestionContent;

/**
 * The items of an imported file, all valid, in file order; title is the file's category (null if none);
 * notes name what the app keeps no place for (per-answer feedback, partial credit) and so left out.
 */
public record ImportResult(String title, List<QuestionContent> items, List<String> notes) {
    public ImportResult {
        items = List.copyOf(items);
        notes = List.copyOf(notes);
    }
}
