package org.battlequiz.question;

/** Where an item stands in a teacher's review; generated items of system sets are ACCEPTED. */
public enum ReviewStatus {
    PENDING, ACCEPTED, EDITED, REJECTED
}
