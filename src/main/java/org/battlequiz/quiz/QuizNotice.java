package org.battlequiz.quiz;

import java.util.Locale;

/** The short messages a redirect carries to the quiz or result page, named in its query string. */
public enum QuizNotice {
    CLOSED("This attempt was already submitted, so nothing more was saved. It was scored once."),
    STALE("That page was out of date: answers to questions that are not part of this attempt were not saved."),
    SAVED("Your answers are saved. You can leave and carry on with this attempt later."),
    RETRY_NONE("Every answer of this attempt was right, so there is nothing to retry."),
    RETRY_HELD("The questions you got wrong can be retried once their answers are shown to you."),
    RETRY_CLOSED("This quiz is no longer open, so its questions cannot be retried."),
    RETRY_STUDY("This assignment has closed, so no new attempt can start: study the ones you got wrong instead.");

    private final String text;

    QuizNotice(String text) {
        this.text = text;
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The message for a query parameter; null for none or an unknown one. */
    public static String text(String param) {
        for (QuizNotice notice : values()) {
            if (notice.param().equals(param)) {
                return notice.text;
            }
        }
        return null;
    }
}
