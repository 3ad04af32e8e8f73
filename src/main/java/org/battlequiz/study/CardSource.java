package org.battlequiz.study;

import org.battlequiz.generation.item.QuestionContent;

/** A bank item a flashcard can be made from: the question's id and its content. */
public record CardSource(long questionId, QuestionContent content) {
}
