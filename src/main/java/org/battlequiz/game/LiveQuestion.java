package org.battlequiz.game;

import java.util.ArrayList;
import java.util.List;
import org.battlequiz.question.Question;
import org.battlequiz.quiz.AnswerFormat;
import org.battlequiz.quiz.QuestionView;

/** The question on screen: its inputs for the players, its options with their marks, and what the host reveals. */
public record LiveQuestion(int index, int number, int total, QuestionView view, List<MarkedOption> options,
                           String rightAnswer, String explanation, String source) {

    public record MarkedOption(String text, OptionMark mark) {
    }

    static LiveQuestion of(Question question, int index, int total) {
        List<MarkedOption> options = new ArrayList<>();
        for (int i = 0; i < question.options.size(); i++) {
            options.add(new MarkedOption(question.options.get(i), OptionMark.at(i)));
        }
        return new LiveQuestion(index, index + 1, total, QuestionView.of(question, index + 1), options,
                AnswerFormat.key(question.content()), question.explanation, question.source);
    }

    /** whether the players pick among the options (one or several), rather than type or arrange */
    public boolean choosing() {
        return view.kind().equals("choice") || view.kind().equals("multi");
    }
}
