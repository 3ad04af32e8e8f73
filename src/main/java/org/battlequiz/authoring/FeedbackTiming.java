package org.battlequiz.authoring;

/** When a learner sees feedback, right answers and source quotes. */
public enum FeedbackTiming {
    IMMEDIATELY("Immediately, question by question"),
    AFTER_SUBMIT("After the attempt is submitted"),
    AFTER_CLOSE("Only after the set is closed");

    private final String label;

    FeedbackTiming(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
