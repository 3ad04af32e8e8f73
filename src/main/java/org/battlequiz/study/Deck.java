package org.battlequiz.study;


/**
 * What a learner studies: the cards of one published set ("set-12" in paths), their mistakes ("mistakes"), or the
 * items they got wrong in one attempt ("attempt-34").
 */
public record Deck(Long setId, Long attemptId) {
    static final String MISTAKES = "mistakes";
    private static final String SET_PREFIX = "set-";
    private static final String ATTEMPT_PREFIX = "attempt-";

    public static Deck parse(String path) {
        if (MISTAKES.equals(path)) {
            return new Deck(null, null);
        }
        if (path != null && path.matches(SET_PREFIX + "\\d{1,18}")) {
            return ofSet(Long.parseLong(path.substring(SET_PREFIX.length())));
        }
        if (path != null && path.matches(ATTEMPT_PREFIX + "\\d{1,18}")) {
            return new Deck(null, Long.parseLong(path.substring(ATTEMPT_PREFIX.length())));
        }
        throw new DeckNotFoundException(path);
    }

    public static Deck ofSet(long setId) {
        return new Deck(setId, null);
    }

    public boolean isMistakes() {
        return setId == null && attemptId == null;
    }

    public boolean isAttempt() {
        return attemptId != null;
    }

    public String path() {
        if (isAttempt()) {
            return ATTEMPT_PREFIX + attemptId;
        }
        return isMistakes() ? MISTAKES : SET_PREFIX + setId;
    }
}
