package org.battlequiz.quiz;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.battlequiz.account.User;
import org.battlequiz.question.QuestionSet;

/** What a learner should know before starting a set's quiz ({inject:quizRules.of(id)} on the set page). */
@RequestScoped
@Named("quizRules")
public class QuizRules {
    @Inject
    SecurityIdentity identity;

    @Transactional
    public List<String> of(long setId) {
        QuestionSet set = QuestionSet.findById(setId);
        if (set == null) {
            return List.of();
        }
        QuizSettings settings = QuizSettings.of(set.options);
        long pool = set.questionCount();
        List<String> rules = new ArrayList<>();
        Integer drawn = settings.questionsPerAttempt();
        rules.add(drawn != null && drawn < pool ? drawn + " questions drawn at random from " + pool
                : plural(pool, "question") + (settings.shuffleQuestions() ? ", in random order" : ""));
        rules.add(settings.onePerPage() ? "One question per page; answers are saved as you go"
                : "All questions on one page; answers are saved as you go");
        rules.add(settings.timeLimitMinutes() == null ? "No time limit"
                : "Time limit: " + plural(settings.timeLimitMinutes(), "minute")
                        + ", then the attempt is submitted with the answers saved so far");
        rules.add(attempts(set, settings.attemptsAllowed()));
        rules.add(settings.feedbackImmediately() ? "Feedback after each question you check"
                : settings.feedbackOnlyAfterClose() ? "Answers and sources are shown once the quiz is closed"
                : "Answers and sources are shown when you submit");
        return rules;
    }

    private String attempts(QuestionSet set, Integer allowed) {
        if (allowed == null) {
            return "Unlimited attempts";
        }
        String rule = plural(allowed, "attempt") + " allowed";
        if (identity.isAnonymous()) {
            return rule;
        }
        long used = User.findByUsername(identity.getPrincipal().getName())
                .map(user -> Attempt.countFinished(user, set)).orElse(0L);
        return rule + "; you have used " + used;
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
