package org.battlequiz.authoring;

import java.util.List;
import java.util.TreeMap;
import org.battlequiz.generation.item.QuestionType;
import org.battlequiz.question.Question;

/** The review queue as shown: the items the filter keeps, the filter's choices, and the set's review tallies. */
public record ReviewQueue(List<ItemView> items, ReviewFilter filter, List<Choice> statuses, List<Choice> types,
                          List<Choice> kinds, List<Choice> sorts, List<ReviewTally> tallies, ReviewTally total,
                          int flagged) {

    /** One option of a filter's select: the value sent and its name in words. */
    public record Choice(String value, String label) {
    }

    static ReviewQueue of(List<Question> all, List<ItemView> items, ReviewFilter filter) {
        TreeMap<String, String> kinds = new TreeMap<>();
        all.forEach(q -> {
            String kind = q.factKind == null ? "manual" : q.factKind;
            kinds.put(FactKindNames.label(kind), kind);
        });
        List<ReviewTally> tallies = ReviewTally.perVersion(all);
        return new ReviewQueue(items, filter,
                ReviewFilter.STATUSES.stream().map(s -> new Choice(s, Character.toUpperCase(s.charAt(0))
                        + s.substring(1))).toList(),
                java.util.Arrays.stream(QuestionType.values()).map(t -> new Choice(t.apiName(), t.label())).toList(),
                kinds.entrySet().stream().map(e -> new Choice(e.getValue(), e.getKey())).toList(),
                ReviewFilter.SORT_ORDER.stream().map(s -> new Choice(s, ReviewFilter.SORTS.get(s))).toList(),
                tallies, ReviewTally.total(tallies), (int) all.stream().filter(q -> q.reviewFlag != null).count());
    }
}
