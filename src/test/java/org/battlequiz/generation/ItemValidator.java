package org.battlequiz.generation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.battlequiz.generation.item.QuestionContent;

/**
 * An independent check of one generated item, written without the generator's helpers: the answer is among the
 * options, options are distinct, the stem does not contain the answer, the source is quoted from the article.
 */
final class ItemValidator {
    private ItemValidator() {
    }

    static List<String> problems(QuestionContent q, String articleText) {
        List<String> problems = new ArrayList<>();
        check(problems, q.prompt() != null && q.prompt().strip().length() > 10, "prompt too short");
        check(problems, q.source() != null && !q.source().isBlank(), "no source");
        check(problems, q.source() == null || squash(articleText).contains(squash(q.source())), "source not in article");
        check(problems, q.explanation() != null && q.explanation().contains("From the article: \u201c"),
                "explanation does not quote its evidence");
        check(problems, q.explanation() == null || !q.explanation().matches("(?s).*\\bline \\d+.*"),
                "explanation speaks of line numbers");
        check(problems, q.explanation() == null || !quoted(q.explanation()).matches("(?s).*\\[\\w{1,4}\\].*"),
                "reference marks inside the quote");
        check(problems, q.explanation() == null || !q.explanation().matches("(?s).*\\b(Date|Location|Result)\\d.*"),
                "an infobox label glued to its value");
        check(problems, q.factKind() != null && !q.factKind().isBlank(), "no fact kind");
        check(problems, q.difficulty() != null && q.difficulty() >= 0 && q.difficulty() <= 1, "difficulty outside 0..1");
        check(problems, QuestionGenerator.VERSION.equals(q.generatorVersion()), "wrong generator version");
        check(problems, distinct(q.options()), "options not distinct");
        List<String> keys = q.keys();
        switch (q.type()) {
            case SINGLE_CHOICE -> {
                check(problems, q.options().size() >= 3, "fewer than three options");
                check(problems, keys.size() == 1 && q.options().contains(keys.get(0)), "answer not one option");
                check(problems, keys.isEmpty() || !lower(q.prompt()).contains(lower(keys.get(0))), "stem leaks answer");
            }
            case TRUE_FALSE -> check(problems, q.options().equals(List.of("True", "False")) && keys.size() == 1
                    && q.options().contains(keys.get(0)), "true/false malformed");
            case MULTIPLE_SELECT -> {
                check(problems, !keys.isEmpty() && keys.size() < q.options().size(), "keys not a proper subset");
                check(problems, q.options().containsAll(keys), "key not among options");
                check(problems, keys.stream().noneMatch(k -> lower(q.prompt()).contains(lower(k))), "stem leaks answer");
            }
            case NUMERIC, DATE -> {
                check(problems, keys.size() == 1 && keys.get(0).matches("-?\\d+(\\.\\d+)?"), "answer not a number");
                check(problems, q.tolerance() != null && q.tolerance() >= 0, "no tolerance");
                check(problems, keys.isEmpty() || !digitsOf(q.prompt()).contains(keys.get(0).replace("-", "")),
                        "stem leaks number");
            }
            case MATCHING -> {
                check(problems, q.stems().size() >= 2 && distinct(q.stems()), "stems missing or repeated");
                check(problems, keys.size() == q.stems().size() && q.options().containsAll(keys), "keys do not match");
            }
            case ORDERING -> check(problems, q.options().size() >= 3 && keys.size() == q.options().size()
                    && new HashSet<>(keys).equals(new HashSet<>(q.options())), "ordering keys not a permutation");
            case CLOZE -> {
                check(problems, q.prompt().indexOf("____") >= 0 && q.prompt().indexOf("____") == q.prompt().lastIndexOf("____"),
                        "cloze needs one blank");
                check(problems, !keys.isEmpty() && keys.stream().noneMatch(k -> lower(q.prompt()).contains(lower(k))),
                        "stem leaks answer");
            }
        }
        return problems;
    }

    private static String quoted(String explanation) {
        int open = explanation.indexOf('\u201c');
        int close = explanation.lastIndexOf('\u201d');
        return open >= 0 && close > open ? explanation.substring(open, close) : "";
    }

    private static void check(List<String> problems, boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }

    private static boolean distinct(List<String> values) {
        Set<String> seen = new HashSet<>();
        return values.stream().allMatch(v -> seen.add(squash(v).toLowerCase(Locale.ROOT)));
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String lower(String s) {
        return squash(s).toLowerCase(Locale.ROOT);
    }

    private static Set<String> digitsOf(String s) {
        return new HashSet<>(List.of(s.replace(",", "").split("\\D+")));
    }
}
