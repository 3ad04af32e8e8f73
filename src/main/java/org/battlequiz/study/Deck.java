package org.battlequiz.study;


/** What a learner studies: the cards of one published set ("set-12" in paths) or their mistakes ("mistakes"). */
public record Deck(Long setId) {
    static final String MISTAKES = "mistakes";
    private static final String SET_PREFIX = "set-";

    public static Deck parse(String path) {
        if (MISTAKES.equals(path)) {
            return new Deck(null);
        }
        if (path != null && path.matches(SET_PREFIX + "\\d{1,18}")) {
            return new Deck(Long.parseLong(path.substring(SET_PREFIX.length())));
        }
        throw new DeckNotFoundException(path);
    }

    public static Deck ofSet(long setId) {
        return new Deck(setId);
    }

    public boolean isMistakes() {
        return setId == null;
    }

    public String path() {
        return isMistakes() ? MISTAKES : SET_PREFIX + setId;
    }
}
