package org.battlequiz.question;

/**
 * Who may see a published set. Shipped sets and sets their teacher made public are everyone's; a set assigned to
 * classes is seen only by their learners and teachers, its owner and admins.
 */
public interface SetAudience {
    /** Whether the viewer (null when anonymous) may open the set's page, start it and study it. */
    boolean maySee(QuestionSet set, String username);

    /** Whether the set belongs in the viewer's lists (study decks): public, or assigned to one of their classes. */
    boolean listedFor(QuestionSet set, String username);
}
