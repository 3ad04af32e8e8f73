package org.battlequiz.classroom;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.List;
import org.battlequiz.account.User;
import org.battlequiz.classroom.ClassViews.ClassDates;
import org.battlequiz.question.QuestionSet;

/** The logged-in learner's open, due and close dates for a set, per class ({inject:classDates.of(id)} on its page). */
@RequestScoped
@Named("classDates")
public class SetDatesOnPage {
    @Inject
    SecurityIdentity identity;

    @Inject
    Assignments assignments;

    @Transactional
    public List<ClassDates> of(long setId) {
        QuestionSet set = QuestionSet.findById(setId);
        if (identity.isAnonymous() || set == null) {
            return List.of();
        }
        return User.findByUsername(identity.getPrincipal().getName())
                .map(user -> assignments.datesOf(user, set)).orElse(List.of());
    }
}
