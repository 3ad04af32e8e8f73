package org.battlequiz.authoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.battlequiz.authoring.interchange.Interchange;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;

/**
 * The item editor's fields as typed, lists one entry per line. Each type uses only some of them ({@link #shows});
 * {@link #check} turns the ones the type uses into content and says, per field, what is wrong.
 */
public record ItemForm(String type, String prompt, String stems, String options, String keys, String tolerance,
                       String explanation, String source) {
    public static final List<QuestionType> TYPES = List.of(QuestionType.values());
    static final int MAX_LINES = 50;
    static final String BLANK = "____";
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d+)?|\\.\\d+)");
    private static final Pattern DATE = Pattern.compile("-?\\d{1,5}(-\\d{2}-\\d{2})?");
    private static final List<String> TRUE_FALSE = List.of("True", "False");

    /** The content the form holds, meaningful only when errors is empty, and what is wrong, field by field. */
    public record Checked(QuestionContent content, Map<String, String> errors) {
    }

    public static ItemForm of(QuestionContent item) {
        return new ItemForm(item.type().apiName(), item.prompt(), lines(item.stems()), lines(item.options()),
                lines(item.keys()), item.tolerance() == null ? "" : NumberFormatting.plain(item.tolerance()),
                nullToEmpty(item.explanation()), nullToEmpty(item.source()));
    }

    public static ItemForm blank(QuestionType type) {
        String options = type == QuestionType.TRUE_FALSE ? lines(TRUE_FALSE) : "";
        return new ItemForm(type.apiName(), "", "", options, "", "", "", "");
    }

    public static ItemForm fromForm(Map<String, String> form) {
        return new ItemForm(form.getOrDefault("type", ""), form.getOrDefault("prompt", ""),
                form.getOrDefault("stems", ""), form.getOrDefault("options", ""), form.getOrDefault("keys", ""),
                form.getOrDefault("tolerance", ""), form.getOrDefault("explanation", ""),
                form.getOrDefault("source", ""));
    }

    /** The chosen type, or single choice when the form names none it knows. */
    public QuestionType questionType() {
        try {
            return QuestionType.fromApiName(type == null ? "" : type.strip());
        } catch (IllegalArgumentException e) {
            return QuestionType.SINGLE_CHOICE;
        }
    }

    /** Whether the chosen type uses the field: stems, options, keys or tolerance (the rest are always shown). */
    public boolean shows(String field) {
        QuestionType t = questionType();
        return switch (field) {
            case "stems" -> t == QuestionType.MATCHING;
            case "options" -> t == QuestionType.SINGLE_CHOICE || t == QuestionType.MULTIPLE_SELECT
                    || t == QuestionType.MATCHING || t == QuestionType.ORDERING;
            case "tolerance" -> t == QuestionType.NUMERIC || t == QuestionType.DATE;
            default -> true;
        };
    }

    /** Whether the true/false key is this one, for the editor's radio buttons. */
    public boolean keyIs(String value) {
        return split(keys).equals(List.of(value));
    }

    /**
     * @param base the item being edited, whose fact kind, difficulty and generator version are kept (null for new)
     */
    public Checked check(QuestionContent base) {
        Map<String, String> errors = new LinkedHashMap<>();
        QuestionType chosen;
        try {
            chosen = QuestionType.fromApiName(type == null ? "" : type.strip());
        } catch (IllegalArgumentException e) {
            errors.put("type", "Choose a question type.");
            return new Checked(null, errors);
        }
        String text = prompt == null ? "" : prompt.strip();
        if (text.isEmpty()) {
            errors.put("prompt", "Write the question.");
        }
        for (String field : List.of("stems", "options", "keys")) {
            if (shows(field) && split(value(field)).size() > MAX_LINES) {
                errors.put(field, "At most " + MAX_LINES + " lines.");
            }
        }
        List<String> keyList = split(keys);
        List<String> stemList = chosen == QuestionType.MATCHING ? split(stems) : List.of();
        List<String> optionList = switch (chosen) {
            case SINGLE_CHOICE, MULTIPLE_SELECT -> split(options);
            case TRUE_FALSE -> TRUE_FALSE;
            case MATCHING -> split(options).isEmpty() ? keyList.stream().distinct().sorted().toList() : split(options);
            case ORDERING -> split(options).isEmpty() ? shownOrder(keyList) : split(options);
            default -> List.of();
        };
        Double tol = shows("tolerance") ? tolerance(errors) : null;
        switch (chosen) {
            case SINGLE_CHOICE, MULTIPLE_SELECT -> checkChoice(chosen, optionList, keyList, errors);
            case TRUE_FALSE -> {
                if (!(keyList.size() == 1 && TRUE_FALSE.contains(keyList.get(0)))) {
                    errors.putIfAbsent("keys", "Choose True or False.");
                }
            }
            case NUMERIC -> {
                if (keyList.size() != 1 || !NUMBER.matcher(keyList.get(0)).matches()) {
                    errors.putIfAbsent("keys", "The answer must be one number, such as 1200 or -3.5.");
                }
            }
            case DATE -> {
                if (keyList.size() != 1 || !DATE.matcher(keyList.get(0)).matches()) {
                    errors.putIfAbsent("keys", "The answer must be one year (negative for BC, such as -279) or a "
                            + "date written yyyy-mm-dd.");
                }
            }
            case MATCHING -> checkMatching(stemList, optionList, keyList, errors);
            case ORDERING -> checkOrdering(optionList, keyList, errors);
            case CLOZE -> {
                int blanks = blanks(text);
                if (!text.isEmpty() && blanks != 1) {
                    errors.putIfAbsent("prompt", "Mark the missing word with " + BLANK + " exactly once; the question"
                            + " has " + blanks + ".");
                }
                if (keyList.isEmpty()) {
                    errors.putIfAbsent("keys", "Give at least one accepted answer.");
                }
            }
        }
        QuestionContent content = new QuestionContent(chosen, text, stemList, optionList, keyList, tol,
                emptyToNull(explanation), emptyToNull(source), base == null ? "manual" : base.factKind(),
                base == null ? null : base.difficulty(), base == null ? "manual" : base.generatorVersion());
        if (errors.isEmpty()) {
            Interchange.problem(content).ifPresent(p -> errors.put("item", "This item cannot be saved: " + p + "."));
        }
        return new Checked(content, errors);
    }

    private Double tolerance(Map<String, String> errors) {
        if (tolerance == null || tolerance.isBlank()) {
            return null;
        }
        String unit = questionType() == QuestionType.DATE ? "years, such as 1 or 5" : "such as 100 or 0.5";
        if (!NUMBER.matcher(tolerance.strip()).matches() || tolerance.strip().startsWith("-")) {
            errors.put("tolerance", "The tolerance must be a number of 0 or more (" + unit + ").");
            return null;
        }
        return Double.parseDouble(tolerance.strip());
    }

    private static void checkChoice(QuestionType type, List<String> options, List<String> keys,
                                    Map<String, String> errors) {
        if (options.size() < 2) {
            errors.putIfAbsent("options", "Give at least two options, one per line.");
        } else if (new HashSet<>(options).size() < options.size()) {
            errors.putIfAbsent("options", "Each option can appear only once.");
        }
        if (type == QuestionType.SINGLE_CHOICE && keys.size() != 1) {
            errors.putIfAbsent("keys", "Give exactly one right option; there " + (keys.size() == 1 ? "is " : "are ")
                    + keys.size() + ".");
        } else if (keys.isEmpty()) {
            errors.putIfAbsent("keys", "Give at least one right option.");
        }
        keys.stream().filter(key -> !options.contains(key)).findFirst().ifPresent(key -> errors.putIfAbsent("keys",
                "Each right option must be one of the options, written the same way: \"" + key + "\" is not."));
    }

    private static void checkMatching(List<String> stems, List<String> options, List<String> keys,
                                      Map<String, String> errors) {
        if (stems.size() < 2) {
            errors.putIfAbsent("stems", "Give at least two items to match, one per line.");
        }
        if (keys.size() != stems.size()) {
            errors.putIfAbsent("keys", "Give one match per item, in the same order: there are " + stems.size()
                    + " items and " + keys.size() + " matches.");
        }
        keys.stream().filter(key -> !options.contains(key)).findFirst().ifPresent(key -> errors.putIfAbsent(
                "options", "Every match must be among the choices shown: \"" + key + "\" is not."));
    }

    private static void checkOrdering(List<String> options, List<String> keys, Map<String, String> errors) {
        if (keys.size() < 2) {
            errors.putIfAbsent("keys", "Give at least two items in the right order, one per line.");
        } else if (new HashSet<>(keys).size() < keys.size()) {
            errors.putIfAbsent("keys", "Each item can appear only once.");
        }
        List<String> remaining = new ArrayList<>(options);
        if (!(keys.stream().allMatch(remaining::remove) && remaining.isEmpty())) {
            errors.putIfAbsent("options", "The order shown must hold the same items as the right order, each once.");
        }
    }

    /** Ordering shown to learners when the teacher gives none: alphabetical, turned by one if that is the key. */
    private static List<String> shownOrder(List<String> keys) {
        List<String> shown = new ArrayList<>(keys.stream().sorted().toList());
        if (shown.equals(keys) && shown.size() > 1) {
            shown.add(shown.remove(0));
        }
        return shown;
    }

    private String value(String field) {
        return switch (field) {
            case "stems" -> stems;
            case "options" -> options;
            default -> keys;
        };
    }

    private static int blanks(String text) {
        int count = 0;
        for (int at = text.indexOf(BLANK); at >= 0; at = text.indexOf(BLANK, at + BLANK.length())) {
            count++;
        }
        return count;
    }

    static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String lines(List<String> values) {
        return String.join("\n", values);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
