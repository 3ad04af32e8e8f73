package org.battlequiz.authoring.interchange;

import org.battlequiz.generation.item.QuestionType;

/** An item an export left out, with its 1-based position in the set and why. */
public record SkippedItem(int position, QuestionType type, String reason) {
}
