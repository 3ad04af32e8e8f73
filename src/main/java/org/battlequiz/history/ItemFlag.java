package org.battlequiz.history;

/** Why an item deserves the teacher's review. */
public enum ItemFlag {
    TOO_HARD, TOO_EASY, LOW_DISCRIMINATION
}
