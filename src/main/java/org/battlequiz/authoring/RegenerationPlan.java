package org.battlequiz.authoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.battlequiz.generation.GenerationResult;
import org.battlequiz.generation.ItemFact;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.question.ReviewStatus;

/**
 * What regenerating a set's items from corrected facts does to the items it has. Items a teacher wrote, imported
 * or rejected stay as they are. An accepted or edited item stays while its fact reads as before, and goes back to
 * the review queue with the reason when its fact changed or is gone. Unreviewed items give way to the new ones,
 * which arrive pending, except where an item the teacher kept already asks the same fact or the same item was
 * rejected before.
 */
final class RegenerationPlan {
    /** A stored item as the plan needs it; generated is false for items a teacher wrote or imported. */
    record Existing(long id, ReviewStatus status, boolean generated, String factId, String factPrint, String flag,
                    QuestionContent content) {
    }

    /** Items to flag, to remove, the generated items to add (their indexes) and how many stayed. */
    record Outcome(Map<Long, Flag> flags, List<Long> removed, List<Integer> added, int kept) {
    }

    /**
     * Why an item goes back to the review queue, and its fact as it now reads (empty when it is gone), so that
     * once the teacher accepts it again it counts as checked against the corrected facts.
     */
    record Flag(String reason, String factPrint) {
    }

    private RegenerationPlan() {
    }

    static Outcome plan(List<Existing> items, GenerationResult result) {
        Map<Long, Flag> flags = new LinkedHashMap<>();
        List<Long> removed = new ArrayList<>();
        Set<String> coveredFacts = new HashSet<>();
        Set<String> present = new HashSet<>();
        Set<String> rejected = new HashSet<>();
        List<Existing> unreviewed = new ArrayList<>();
        int kept = 0;
        for (Existing item : items) {
            if (!item.generated() || item.flag() != null) {
                continue;
            }
            switch (item.status()) {
                case REJECTED -> rejected.add(signature(item.content()));
                case PENDING -> unreviewed.add(item);
                case ACCEPTED, EDITED -> {
                    String reason = reasonToReview(item, result);
                    if (reason == null) {
                        kept++;
                        coveredFacts.add(item.factId());
                        present.add(signature(item.content()));
                    } else {
                        ItemFact now = item.factId() == null ? null : result.supported().get(item.factId());
                        flags.put(item.id(), new Flag(reason, now == null ? "" : now.fingerprint()));
                    }
                }
            }
        }
        List<Integer> added = new ArrayList<>();
        Set<String> fresh = new HashSet<>();
        for (int i = 0; i < result.questions().size(); i++) {
            String signature = signature(result.questions().get(i));
            String factId = i < result.facts().size() ? result.facts().get(i).id() : null;
            if (!coveredFacts.contains(factId) && !present.contains(signature) && !rejected.contains(signature)) {
                fresh.add(signature);
                added.add(i);
            }
        }
        for (Existing item : unreviewed) {
            if (fresh.remove(signature(item.content()))) {
                kept++;
                added.removeIf(i -> signature(result.questions().get(i)).equals(signature(item.content())));
            } else {
                removed.add(item.id());
            }
        }
        return new Outcome(flags, removed, added, kept);
    }

    /** Why an accepted item needs a look after regenerating, or null when its fact reads as it did. */
    static String reasonToReview(Existing item, GenerationResult result) {
        if ("".equals(item.factId()) || item.factId() != null && result.supported().get(item.factId()) == null
                && "".equals(item.factPrint())) {
            return null;
        }
        if (item.factId() == null) {
            boolean same = result.questions().stream().anyMatch(q -> signature(q).equals(signature(item.content())));
            return same ? null : "Generated before facts were tracked per item; check it against the corrected facts.";
        }
        ItemFact now = result.supported().get(item.factId());
        String before = ItemFact.statementOf(item.factPrint());
        if (now == null) {
            return "The fact it asks about is no longer in the facts" + (before.isEmpty() ? "." : ": \u201c" + before
                    + "\u201d.") + " Reject it unless it is still right.";
        }
        if (now.fingerprint().equals(item.factPrint())) {
            return null;
        }
        String after = now.statement();
        return before.equals(after) || before.isEmpty()
                ? "The facts this item quotes were corrected (now: \u201c" + ItemFact.statementOf(now.evidence())
                + "\u201d). Check its answer and options."
                : "Its fact was corrected: it said \u201c" + before + "\u201d, it now says \u201c" + after
                + "\u201d. Check its answer and options.";
    }

    /** What tells two items apart for a learner: type, prompt, answer and options. */
    static String signature(QuestionContent q) {
        List<String> options = new ArrayList<>(q.options());
        options.sort(null);
        return q.type() + "\u0000" + q.prompt() + "\u0000" + q.keys() + "\u0000" + options + "\u0000" + q.stems();
    }
}
