package org.battlequiz.question;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one number an item goes by on every teacher page (review queue, item list, publishing, class results): its
 * place among all the set's items in their order, rejected ones included, so a number never shifts with a review.
 */
public final class ItemNumbers {
    private final Map<Long, Integer> numbers = new HashMap<>();

    private ItemNumbers(List<Question> inOrder) {
        for (Question question : inOrder) {
            numbers.put(question.id, numbers.size() + 1);
        }
    }

    /** @param inOrder every item of one set, ordered by position */
    public static ItemNumbers of(List<Question> inOrder) {
        return new ItemNumbers(inOrder);
    }

    public int number(Question question) {
        return numbers.getOrDefault(question.id, 0);
    }
}
