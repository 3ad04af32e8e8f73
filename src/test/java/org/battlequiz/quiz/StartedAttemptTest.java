package org.battlequiz.quiz;

import java.util.List;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.QuizFixtures;
import org.junit.jupiter.api.BeforeEach;

/** Base of tests that each begin with a new learner's attempt at a new set of every question type. */
abstract class StartedAttemptTest {
    protected long setId;
    protected List<Long> ids;
    protected BrowserSession learner;
    protected long attempt;

    @BeforeEach
    void startAttempt() {
        setId = QuizFixtures.publishedSetWithEveryType(getClass().getSimpleName() + " " + System.nanoTime());
        ids = QuizFixtures.questionIds(setId);
        learner = BrowserSession.learner("taker");
        attempt = QuizAttempts.start(learner, setId);
    }
}
