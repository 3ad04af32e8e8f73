package org.battlequiz.article.fetch;

/** An article could not be fetched from its address; the message says why, for the teacher. */
public class ArticleFetchException extends RuntimeException {
    public ArticleFetchException(String message) {
        super(message);
    }
}
