package org.battlequiz.quiz;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.question.Question;

/**
 * Reads one question's response out of the quiz form, in the shape {@link Grader} expects. A page lists the
 * questions it shows in "shown" fields, so an answer cleared on it (no box ticked) is saved as cleared.
 */
public final class AnswerForm {
    static final int MAX_ANSWER = 1_000;
    private static final int MAX_VALUES = 100;

    static final String SHOWN = "shown";
    private static final Pattern FIELD = Pattern.compile("q(\\d{1,18})(?:-\\d{1,4})?");

    private AnswerForm() {
    }

    /** The ids of the questions the form answers or shows. */
    static Set<Long> postedQuestions(MultivaluedMap<String, String> form) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String name : form.keySet()) {
            Matcher field = FIELD.matcher(name);
            if (field.matches()) {
                ids.add(Long.parseLong(field.group(1)));
            }
        }
        for (String shown : form.getOrDefault(SHOWN, List.of())) {
            Matcher field = FIELD.matcher("q" + shown.trim());
            if (field.matches()) {
                ids.add(Long.parseLong(field.group(1)));
            }
        }
        return ids;
    }

    /** @throws BadRequestException when an answer is longer than any right answer could be */
    public static List<String> responseTo(Question question, MultivaluedMap<String, String> form) {
        return responseTo(question.id, question.content(), form);
    }

    /** @throws BadRequestException when an answer is longer than any right answer could be */
    public static List<String> responseTo(long questionId, QuestionContent question,
                                          MultivaluedMap<String, String> form) {
        String field = "q" + questionId;
        List<String> response = switch (question.type()) {
            case MATCHING -> perIndex(field, question.stems().size(), form);
            case ORDERING -> ordered(question.options(), perIndex(field, question.options().size(), form));
            default -> nonBlank(form.get(field));
        };
        if (response.size() > MAX_VALUES || response.stream().anyMatch(v -> v != null && v.length() > MAX_ANSWER)) {
            throw new AnswerTooLongException(MAX_ANSWER);
        }
        return response;
    }

    private static List<String> perIndex(String field, int count, MultivaluedMap<String, String> form) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String value = form.getFirst(field + "-" + i);
            values.add(value == null ? "" : value.trim());
        }
        return values;
    }

    /** Puts each item at the position given for it; a position claimed twice keeps the first item, gaps stay blank. */
    private static List<String> ordered(List<String> items, List<String> positions) {
        List<String> order = new ArrayList<>(Collections.nCopies(items.size(), ""));
        for (int i = 0; i < items.size(); i++) {
            int position = parsePosition(positions.get(i));
            if (position >= 1 && position <= items.size() && order.get(position - 1).isEmpty()) {
                order.set(position - 1, items.get(i));
            }
        }
        return order.stream().allMatch(String::isEmpty) ? List.of() : order;
    }

    private static int parsePosition(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
    }
}
