package org.battlequiz.authoring;

import java.util.List;

/**
 * What the facts page shows: the facts as corrected, the ones to check first, the battle's own facts, the
 * corrections made (who, when, before and after) and any the current reading of the article no longer fits.
 */
public record FactsPage(TeacherSet set, boolean fromArticle, boolean correctable, List<String> warnings,
                        List<FactView> checkFirst, List<SideView> sides, BattleView battle,
                        List<FactRow> bodyFacts, List<RevisionView> history, List<RevisionView> unapplied,
                        List<String> statuses) {

    /** A side's facts under its number and names. */
    public record SideView(int index, int number, String names, boolean winner, List<FactView> facts) {
        public String choiceLabel() {
            return "Side " + number + (names.isEmpty() ? "" : " (" + names + ")");
        }
    }

    /** The battle's own facts and the values their forms start with. */
    public record BattleView(String title, String partOf, String dates, String start, String end, String place,
                             String result, int winner, int dateLine, int placeLine, int resultLine) {
    }

    /** One correction as the history lists it. */
    public record RevisionView(long id, String who, String when, String fact, String before, String after) {
    }

    /** The add forms' empty facts: one per kind a side can gain. */
    public List<FactView> addable() {
        return List.of(FactView.blank(org.battlequiz.article.FactCorrection.Kind.BELLIGERENT),
                FactView.blank(org.battlequiz.article.FactCorrection.Kind.COMMANDER),
                FactView.blank(org.battlequiz.article.FactCorrection.Kind.STRENGTH),
                FactView.blank(org.battlequiz.article.FactCorrection.Kind.CASUALTIES));
    }

    public boolean hasDoubts() {
        return !checkFirst.isEmpty();
    }
}
