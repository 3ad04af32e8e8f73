package org.battlequiz.generation;

import java.util.Map;
import org.battlequiz.question.QuestionContent;

/**
 * One item in the shape of POST /api/questions: type, prompt, options, answer, source (plus added fields).
 * For choice types answer is exactly one of options; for numeric items it is the number.
 */
public final class QuestionJson {
    private QuestionJson() {
    }

    public static Map<String, Object> toJson(QuestionContent question) {
        throw new UnsupportedOperationException("QuestionJson is being written on the generator branch");
    }
}
