package org.battlequiz.quiz;

import java.util.List;

/** The quiz page of an attempt in progress. */
public record TakeView(long attemptId, String setTitle, List<QuestionView> questions) {
}
