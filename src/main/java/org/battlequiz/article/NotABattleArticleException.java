package org.battlequiz.article;

/** The text is not a battle article the parser can read; the message names what was expected. */
public class NotABattleArticleException extends RuntimeException {
    public NotABattleArticleException(String message) {
        super(message);
    }
}
