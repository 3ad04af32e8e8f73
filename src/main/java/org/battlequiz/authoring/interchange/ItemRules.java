package org.battlequiz.authoring.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.battlequiz.generation.item.QuestionContent;

/** The QuestionContent contract an imported item must meet before anything is imported. */
final class ItemRules {
    static final String BLANK = "____";
    private static final Pattern UNDERSCORES = Pattern.compile("_{3,}");
    private static final Pattern DATE_KEY = Pattern.compile("-?\\d{1,5}(-\\d{2}-\\d{2})?");

    private ItemRules() {
    }

    /**
     * Parses an item and checks it, all failures reported as InterchangeException prefixed with where it came from.
     */
    static QuestionContent readValid(String where, Supplier<QuestionContent> parse) {
        try {
            QuestionContent item = parse.get();
            String problem = problem(item);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
            return item;
        } catch (IllegalArgumentException e) {
            throw new InterchangeException(where + ": " + e.getMessage(), e);
        }
    }

    /** Parses and checks one question; a problem with it alone skips it, with the reason, instead of the file. */
    static ImportedQuestion read(String where, String type, Supplier<QuestionContent> parse) {
        try {
            return new ImportedQuestion(where, type, readValid(where, parse), null);
        } catch (InterchangeException e) {
            if (!(e.getCause() instanceof IllegalArgumentException)) {
                throw e;
            }
            return new ImportedQuestion(where, type, null, e.getCause().getMessage());
        }
    }

    /** @return what is wrong with the item, or null when it is valid */
    static String problem(QuestionContent item) {
        String tooLong = ItemLengths.problem(item);
        if (tooLong != null) {
            return tooLong;
        }
        if (item.prompt() == null || item.prompt().isBlank()) {
            return "the question text is empty";
        }
        if (item.keys().stream().anyMatch(key -> key == null || key.isBlank())) {
            return "an answer is empty";
        }
        return switch (item.type()) {
            case SINGLE_CHOICE -> choiceProblem(item, true);
            case MULTIPLE_SELECT -> choiceProblem(item, false);
            case TRUE_FALSE -> item.keys().size() == 1 && List.of("True", "False").contains(item.keys().get(0))
                    ? null : "a true/false question needs the answer True or False";
            case NUMERIC -> numericProblem(item);
            case DATE -> item.keys().size() == 1 && DATE_KEY.matcher(item.keys().get(0)).matches()
                    ? toleranceProblem(item) : "a date question needs one year (or ISO date) as its answer";
            case MATCHING -> matchingProblem(item);
            case ORDERING -> orderingProblem(item);
            case CLOZE -> countBlanks(item.prompt()) == 1 ? null
                    : "a short-answer question needs exactly one blank " + BLANK + " in its text";
        };
    }

    private static String choiceProblem(QuestionContent item, boolean single) {
        if (item.options().size() < 2) {
            return "it needs at least two options";
        }
        if (single && item.keys().size() != 1) {
            return "a single-choice question needs exactly one right option, it has " + item.keys().size();
        }
        if (item.keys().isEmpty()) {
            return "no option is right";
        }
        return item.options().containsAll(item.keys()) ? null : "a right answer is not among the options";
    }

    private static String numericProblem(QuestionContent item) {
        if (item.keys().isEmpty()) {
            return "a numerical question needs an answer";
        }
        for (String key : item.keys()) {
            if (!NumberText.isNumber(key)) {
                return "the answer '" + key + "' is not a number";
            }
        }
        return toleranceProblem(item);
    }

    private static String toleranceProblem(QuestionContent item) {
        return item.tolerance() != null && (item.tolerance() < 0 || item.tolerance().isNaN())
                ? "the tolerance is negative" : null;
    }

    private static String matchingProblem(QuestionContent item) {
        if (item.stems().size() < 2) {
            return "a matching question needs at least two pairs";
        }
        if (item.stems().stream().anyMatch(String::isBlank)) {
            return "a matching question has an empty item";
        }
        return item.keys().size() == item.stems().size() ? null : "every matching item needs one match";
    }

    private static String orderingProblem(QuestionContent item) {
        if (item.keys().size() < 2) {
            return "an ordering question needs at least two items";
        }
        List<String> remaining = new ArrayList<>(item.options());
        boolean permutation = item.keys().stream().allMatch(remaining::remove) && remaining.isEmpty();
        return permutation ? null : "the right order does not hold the same items as the options";
    }

    /** A short-answer text with one blank: a run of underscores becomes ____, a text without one gets it appended. */
    static String withBlank(String prompt) {
        if (countBlanks(prompt) > 0) {
            return prompt;
        }
        String normalized = UNDERSCORES.matcher(prompt).replaceAll(BLANK);
        return normalized.equals(prompt) ? prompt.stripTrailing() + " " + BLANK : normalized;
    }

    static int countBlanks(String text) {
        int count = 0;
        for (int at = text.indexOf(BLANK); at >= 0; at = text.indexOf(BLANK, at + BLANK.length())) {
            count++;
        }
        return count;
    }
}
