package org.battlequiz.study;

import java.time.Instant;

/** Reads what the study forms and addresses send: the start of a "study again" session and form numbers. */
final class StudyInput {
    private StudyInput() {
    }

    /** The session "every card once more" started at {@code since} (epoch milliseconds), e.g. "set-12?again=1700". */
    static String againPath(Deck deck, String since) {
        return deck.path() + "?again=" + since(since).toEpochMilli();
    }

    static Instant since(String text) {
        if (text == null || !text.matches("\\d{1,15}")) {
            throw new DeckNotFoundException("?again=" + text);
        }
        return Instant.ofEpochMilli(Long.parseLong(text));
    }

    /** A whole number from {@code min} to {@code max}, or the message as a refusal. */
    static int number(String text, int min, int max, String message) {
        String digits = text == null ? "" : text.strip();
        if (!digits.matches("\\d{1,9}")) {
            throw new CustomStudyRefusedException(message);
        }
        int value = Integer.parseInt(digits);
        if (value < min || value > max) {
            throw new CustomStudyRefusedException(message);
        }
        return value;
    }
}
