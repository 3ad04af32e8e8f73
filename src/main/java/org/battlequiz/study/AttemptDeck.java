package org.battlequiz.study;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.battlequiz.account.User;
import org.battlequiz.quiz.AnswerRelease;
import org.battlequiz.quiz.Attempt;
import org.battlequiz.quiz.RetryService;

/** The cards of exactly the items a learner got wrong in one of their submitted attempts. */
@ApplicationScoped
class AttemptDeck {
    @Inject
    CardSync cardSync;

    DeckContent content(User user, Deck deck) {
        Attempt attempt = Attempt.findById(deck.attemptId());
        if (attempt == null || !attempt.belongsTo(user.username) || attempt.isOpen()) {
            throw new DeckNotFoundException(deck.path());
        }
        if (AnswerRelease.heldFrom(user, attempt.questionSet)) {
            throw new AnswersHiddenException("The answers of this set are not shown yet: wait until your teacher"
                    + " closes the quiz.");
        }
        Set<Long> wrong = RetryService.wrongQuestions(attempt).stream().map(q -> q.id).collect(Collectors.toSet());
        List<StudyCard> cards = cardSync.sync(attempt.questionSet).stream()
                .filter(card -> card.questionIds.stream().anyMatch(wrong::contains)).toList();
        return new DeckContent("Wrong in \u201c" + attempt.questionSet.title + "\u201d", attempt.questionSet.id, cards,
                attempt.submittedAt);
    }
}
