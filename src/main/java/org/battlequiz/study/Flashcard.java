package org.battlequiz.study;

import java.util.List;

/**
 * One fact to remember: the front (a prompt, with cues such as the choices when the prompt needs them), the back
 * (the answer, an optional note and the quoted source line with its [n] refs) and the bank items it stands for.
 * {@code factKey} identifies the fact within its set, so rebuilding the cards keeps each learner's schedule.
 */
public record Flashcard(String factKey, String factKind, String front, List<String> cues, String answer,
                        String note, String source, List<Long> questionIds) {

    public Flashcard {
        cues = List.copyOf(cues);
        questionIds = List.copyOf(questionIds);
    }
}
