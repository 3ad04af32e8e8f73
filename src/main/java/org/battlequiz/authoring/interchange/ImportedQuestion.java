package org.battlequiz.authoring.interchange;

import org.battlequiz.generation.item.QuestionContent;

/**
 * One question of an imported file as a preview shows it: where it is (line or question number and name), its type
 * as the file names it, and either the item it becomes or why it cannot be imported.
 */
public record ImportedQuestion(String where, String type, QuestionContent item, String problem) {
    public boolean importable() {
        return item != null;
    }
}
