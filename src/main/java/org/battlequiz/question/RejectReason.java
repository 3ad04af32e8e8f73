package org.battlequiz.question;

/** Why a teacher rejected a generated item. */
public enum RejectReason {
    WRONG_FACT("Wrong fact"),
    BAD_DISTRACTOR("Bad distractor"),
    TOO_EASY("Too easy"),
    UNCLEAR("Unclear"),
    OTHER("Other");

    private final String label;

    RejectReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
