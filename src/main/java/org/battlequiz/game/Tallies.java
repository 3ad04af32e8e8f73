package org.battlequiz.game;

import java.util.ArrayList;
import java.util.List;
import org.battlequiz.generation.item.AnswerText;
import org.battlequiz.generation.item.QuestionContent;

/** Counts the answers to one question: per option when players choose, else right, partly right and wrong. */
final class Tallies {
    private Tallies() {
    }

    static List<Tally> of(QuestionContent question, List<GameAnswer> answers) {
        boolean choosing = switch (question.type()) {
            case SINGLE_CHOICE, TRUE_FALSE, MULTIPLE_SELECT -> true;
            default -> false;
        };
        return choosing ? perOption(question, answers) : byCredit(answers);
    }

    private static List<Tally> perOption(QuestionContent question, List<GameAnswer> answers) {
        List<Tally> tallies = new ArrayList<>();
        for (int i = 0; i < question.options().size(); i++) {
            String option = question.options().get(i);
            String normalized = AnswerText.normalize(option);
            long count = answers.stream().filter(a -> a.response.stream()
                    .anyMatch(given -> AnswerText.normalize(given).equals(normalized))).count();
            boolean right = question.keys().stream().anyMatch(key -> AnswerText.normalize(key).equals(normalized));
            tallies.add(new Tally(option, OptionMark.at(i), count, percent(count, answers.size()), right));
        }
        return tallies;
    }

    private static List<Tally> byCredit(List<GameAnswer> answers) {
        long right = answers.stream().filter(a -> a.fraction >= 1).count();
        long wrong = answers.stream().filter(a -> a.fraction <= 0).count();
        long partly = answers.size() - right - wrong;
        return List.of(new Tally("Right", OptionMark.at(3), right, percent(right, answers.size()), true),
                new Tally("Partly right", OptionMark.at(2), partly, percent(partly, answers.size()), false),
                new Tally("Wrong", OptionMark.at(0), wrong, percent(wrong, answers.size()), false));
    }

    static int percent(long part, long whole) {
        return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }
}
