package org.battlequiz.article;

/**
 * The named signals a candidate seam is scored by. Each candidate has a value per cue; its score is the sum of
 * value times the cue's weight (lexicon/seam-weights.txt). Cues whose value is a sub-score with constants of its
 * own (a flag change, a cut inside a line) carry weight 1 in the hand-set file.
 */
enum SeamCue {
    /** Any seam at a line boundary. */
    LINE_BOUNDARY,
    /** A blank line right before the seam. */
    BLANK_LINE,
    /** The line after the seam repeats the section's first line, a heading ending in ":". */
    FIRST_LINE_HEADING,
    /**
     * The line after the seam is a heading ("South Vietnam South Vietnamese:") that names the second side, and nothing
     * before it names that side: the second column's first sub-heading.
     */
    SECOND_SIDE_HEADING,
    FLAG_CHANGE,
    /** How many flag labels of a names row would stand in both columns, as "United States" above and below it. */
    FLAG_IN_BOTH,
    /**
     * Lines under flags that name no belligerent ("United States" under "United Nations") standing with the lines
     * whose flags name that column's belligerents ("China"), while the other column has no flag of its own.
     */
    FOREIGN_FLAGS_ACROSS,
    BULLET_SHAPE,
    ICONS_ON_ONE_LINE,
    /** Names ending in commas: a comma runs on, a name without one closes its column. */
    COMMA_RUN,
    /** A line of figures ending in a comma before the seam. */
    TRAILING_COMMA,
    SPELLING_SHIFT,
    SAME_STYLE,
    RANK_SHIFT,
    /** The line after the seam opens with "and", "or", "plus", "with". */
    GOES_ON,
    SECOND_SUPPORTED,
    PARALLEL_COLUMNS,
    TOTALS,
    COHESION,
    /** The score of a cut inside a merged line. */
    MERGED_CUT,
    /** How well the seam puts side 0's names before it and side 1's after it. */
    AFFINITY,
    /** How many more lines one column gets than the other. */
    BALANCE
}
