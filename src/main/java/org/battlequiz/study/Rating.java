package org.battlequiz.study;

/** The learner's self-grade of a flashcard, valued 1 (again) to 4 (easy) as in FSRS. */
public enum Rating {
    AGAIN, HARD, GOOD, EASY;

    public int value() {
        return ordinal() + 1;
    }
}
