package org.battlequiz.authoring;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.battlequiz.authoring.interchange.Interchange;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;

/** The item editor's fields as typed: lists one entry per line; turned into content and checked like an import. */
public record ItemForm(String type, String prompt, String stems, String options, String keys, String tolerance,
                       String explanation, String source) {
    public static final List<QuestionType> TYPES = List.of(QuestionType.values());

    public static ItemForm of(QuestionContent item) {
        return new ItemForm(item.type().apiName(), item.prompt(), lines(item.stems()), lines(item.options()),
                lines(item.keys()), item.tolerance() == null ? "" : NumberFormatting.plain(item.tolerance()),
                nullToEmpty(item.explanation()), nullToEmpty(item.source()));
    }

    public static ItemForm blank(QuestionType type) {
        String options = type == QuestionType.TRUE_FALSE ? "True\nFalse" : "";
        return new ItemForm(type.apiName(), "", "", options, "", "", "", "");
    }

    public static ItemForm fromForm(Map<String, String> form) {
        return new ItemForm(form.getOrDefault("type", ""), form.getOrDefault("prompt", ""),
                form.getOrDefault("stems", ""), form.getOrDefault("options", ""), form.getOrDefault("keys", ""),
                form.getOrDefault("tolerance", ""), form.getOrDefault("explanation", ""),
                form.getOrDefault("source", ""));
    }

    /**
     * @param base the item being edited, whose fact kind, difficulty and generator version are kept (null for new)
     * @param errors receives what is wrong; the result is only meaningful when none was added
     */
    public QuestionContent toContent(QuestionContent base, List<String> errors) {
        QuestionType questionType;
        try {
            questionType = QuestionType.fromApiName(type == null ? "" : type.strip());
        } catch (IllegalArgumentException e) {
            errors.add("Choose a question type.");
            return null;
        }
        Double tol = null;
        if (tolerance != null && !tolerance.isBlank()) {
            try {
                tol = Double.parseDouble(tolerance.strip());
            } catch (NumberFormatException e) {
                errors.add("Tolerance must be a number, such as 100 or 0.5.");
                return null;
            }
        }
        QuestionContent content = new QuestionContent(questionType, prompt == null ? "" : prompt.strip(),
                split(stems), split(options), split(keys), tol, emptyToNull(explanation), emptyToNull(source),
                base == null ? "manual" : base.factKind(), base == null ? null : base.difficulty(),
                base == null ? "manual" : base.generatorVersion());
        if (Stream.of(content.stems(), content.options(), content.keys()).anyMatch(l -> l.size() > MAX_LINES)) {
            errors.add("Stems, options and answers: at most " + MAX_LINES + " lines each.");
        }
        Optional<String> problem = Interchange.problem(content);
        problem.map(p -> "This item cannot be saved: " + p + ".").ifPresent(errors::add);
        return content;
    }

    static final int MAX_LINES = 50;

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
