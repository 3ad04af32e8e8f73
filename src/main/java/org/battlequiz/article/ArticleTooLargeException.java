package org.battlequiz.article;

/** The submitted article is larger than the service accepts. */
public class ArticleTooLargeException extends RuntimeException {
    public ArticleTooLargeException(int maxBytes) {
        super("The article is too large: send at most " + maxBytes / 1024 + " KiB of text");
    }
}
