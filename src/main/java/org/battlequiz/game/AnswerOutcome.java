package org.battlequiz.game;

/** What became of a posted answer; each has the message the player sees. */
public enum AnswerOutcome {
    ACCEPTED("Your answer is in."),
    ALREADY_ANSWERED("You already answered this question; your first answer counts."),
    LATE("Too late: this question closed before your answer arrived, so it did not count."),
    PAUSED("The game is paused: answer when the host resumes it."),
    NOT_OPEN("This question is not open yet."),
    EMPTY("Choose or type an answer before sending it.");

    private final String message;

    AnswerOutcome(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }

    public String param() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The outcome named in a redirect's query, or null. */
    public static AnswerOutcome fromParam(String param) {
        for (AnswerOutcome outcome : values()) {
            if (outcome.param().equals(param)) {
                return outcome;
            }
        }
        return null;
    }
}
