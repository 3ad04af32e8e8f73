package org.battlequiz.question;

import org.battlequiz.generation.item.QuestionContent;

/** An accepted question of a set as learners get it: its id and its parsed, immutable content. */
public record PlayableQuestion(long id, QuestionContent content) {
    public static PlayableQuestion of(Question question) {
        return new PlayableQuestion(question.id, question.content());
    }
}
