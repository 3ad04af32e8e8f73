package org.battlequiz.authoring.interchange;

import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;

/**
 * Grade percentages of choice options: a single choice gives its key 100; a multiple select shares +100
 * among the right options and -100 among the wrong ones, so picking every option scores nothing.
 */
record ChoiceWeights(QuestionContent item) {
    static ChoiceWeights of(QuestionContent item) {
        return new ChoiceWeights(item);
    }

    String percent(String option) {
        boolean right = item.keys().contains(option);
        if (item.type() != QuestionType.MULTIPLE_SELECT) {
            return right ? "100" : "0";
        }
        int rightCount = item.keys().size();
        int wrongCount = item.options().size() - rightCount;
        return right ? NumberText.percent(100.0 / rightCount) : "-" + NumberText.percent(100.0 / wrongCount);
    }
}
