package org.battlequiz.authoring;

import java.util.Locale;
import org.battlequiz.BattleQuizConfig;

/** The article form's size limits, as its page states them beside the fields and when a form goes over them. */
public record ArticleLimits(int maxPasteChars, long maxFileBytes) {

    static ArticleLimits of(BattleQuizConfig.ArticleForm config) {
        return new ArticleLimits(config.maxPasteChars(), config.maxFileBytes());
    }

    /** e.g. "at most 1,000,000 characters" */
    public String paste() {
        return "at most " + count(maxPasteChars) + " characters";
    }

    /** e.g. "at most 1 MB" */
    public String file() {
        return "at most " + ImportService.kilobytes(maxFileBytes);
    }

    String pasteTooLong(int chars) {
        return "The pasted article has " + count(chars) + " characters; " + paste() + " can be read. "
                + "Remove what the quiz does not need (references, notes, further reading) and send it again.";
    }

    String fileTooLarge(long bytes) {
        return "The file is " + ImportService.kilobytes(bytes) + "; " + file() + " can be read. "
                + "Remove what the quiz does not need (references, notes, further reading) and send it again.";
    }

    String unreadMessage() {
        return "What you sent was too large to be read at all: an article can have " + paste()
                + " when pasted, or be a file of " + file() + ". Nothing was kept, so paste or choose it again.";
    }

    private static String count(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }
}
