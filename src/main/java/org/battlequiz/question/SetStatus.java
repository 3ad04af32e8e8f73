package org.battlequiz.question;

/** Life cycle of a question set: only PUBLISHED sets are listed for and taken by learners. */
public enum SetStatus {
    DRAFT, PUBLISHED, CLOSED, ARCHIVED
}
