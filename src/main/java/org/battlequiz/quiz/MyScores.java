package org.battlequiz.quiz;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import org.battlequiz.account.User;
import org.battlequiz.question.QuestionSet;

/** The logged-in learner's standing at a set, for its page ({inject:myScores.of(id)}); null when anonymous. */
@RequestScoped
@Named("myScores")
public class MyScores {
    @Inject
    SecurityIdentity identity;

    @Transactional
    public SetStanding of(long setId) {
        QuestionSet set = QuestionSet.findById(setId);
        if (set == null || identity.isAnonymous()) {
            return null;
        }
        Integer allowed = QuizSettings.of(set.options).attemptsAllowed();
        return User.findByUsername(identity.getPrincipal().getName())
                .map(user -> SetStanding.of(Attempt.listFinished(user, set), allowed)).orElse(null);
    }
}
