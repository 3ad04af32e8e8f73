package org.battlequiz.generation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.battlequiz.article.SourceLine;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;

/** Builds drafts of each item type with shuffled options, the quoted source and an explanation. */
final class Items {
    static final String TRUE = "True";
    static final String FALSE = "False";

    private Items() {
    }

    static Draft singleChoice(FactRef fact, String prompt, String key, List<String> distractors, Random random,
                              double difficulty) {
        List<String> options = new ArrayList<>(distractors);
        options.add(key);
        Collections.shuffle(options, random);
        return draft(QuestionType.SINGLE_CHOICE, fact, prompt, List.of(), options, List.of(key), null, key, difficulty);
    }

    static Draft trueFalse(FactRef fact, String statement, boolean truth, String correction, double difficulty) {
        String answer = truth ? TRUE : FALSE;
        String because = fact.statement() != null ? answer + ". " + fact.statement()
                : truth ? "True." : "False: " + correction;
        return draft(QuestionType.TRUE_FALSE, fact, statement, List.of(), List.of(TRUE, FALSE), List.of(answer), null,
                because, difficulty);
    }

    static Draft numeric(FactRef fact, String prompt, Figure figure, double difficulty) {
        String key = plain(figure.key());
        return draft(QuestionType.NUMERIC, fact, prompt, List.of(), List.of(), List.of(key), figure.tolerance(),
                figure.display(), difficulty);
    }

    /** A typed number when the figure suits typing, a choice among figures of the same magnitude otherwise. */
    static Draft figure(FactRef fact, String prompt, Figure figure, Random random, double difficulty) {
        return figure(fact, prompt, figure, List.of(), random, difficulty);
    }

    /**
     * Like {@link #figure(FactRef, String, Figure, Random, double)}, but asked as a choice when the typed answer's
     * tolerance would accept another figure of the same row ("c. 600 killed; c. 632 wounded").
     */
    static Draft figure(FactRef fact, String prompt, Figure figure, List<Long> sameRow, Random random,
                        double difficulty) {
        return figure(fact, prompt, figure, sameRow, List.of(), random, difficulty);
    }

    /** As above, with no wrong option among the figures the article states elsewhere ({@code stated}). */
    static Draft figure(FactRef fact, String prompt, Figure figure, List<Long> sameRow, List<Long> stated,
                        Random random, double difficulty) {
        boolean typed = figure.suitsTyping() && sameRow.stream().noneMatch(figure::accepts);
        String asked = figure.isRange() || figure.approximate() ? roughly(prompt) : prompt;
        return typed ? numeric(fact, asked, figure, difficulty)
                : StrengthItems.numberChoice(fact, asked, figure, stated, random);
    }

    /**
     * "How many men ...?" -> "About how many men ...?": a range is typed as any figure within it, and a figure the
     * article gives as "around 20,000" is asked as one.
     */
    static String roughly(String prompt) {
        return prompt.startsWith("How many ") ? "About how many " + prompt.substring("How many ".length()) : prompt;
    }

    /** The figures of a row other than the one asked (or the rival estimates merged into it): the ends of each. */
    static List<Long> otherFigures(List<Amount> row, Amount asked) {
        List<Long> out = new ArrayList<>();
        row.stream().filter(o -> o != asked && !within(o.figure(), asked.figure())).forEach(o -> {
            out.add(o.figure().low());
            out.add(o.figure().high());
        });
        return out;
    }

    private static boolean within(Figure inner, Figure outer) {
        return outer.low() <= inner.low() && inner.high() <= outer.high();
    }

    static Draft date(FactRef fact, String prompt, DateValue date, int toleranceYears, double difficulty) {
        return draft(QuestionType.DATE, fact, prompt, List.of(), List.of(), List.of(String.valueOf(date.year())),
                (double) toleranceYears, date.yearDisplay(), difficulty);
    }

    static Draft multipleSelect(FactRef fact, String prompt, List<String> keys, List<String> distractors,
                                Random random, double difficulty) {
        List<String> options = new ArrayList<>(distractors);
        options.addAll(keys);
        Collections.shuffle(options, random);
        List<String> orderedKeys = options.stream().filter(keys::contains).toList();
        return draft(QuestionType.MULTIPLE_SELECT, fact, prompt, List.of(), options, orderedKeys, null,
                Texts.joinAnd(orderedKeys), difficulty);
    }

    static Draft matching(FactRef fact, String prompt, List<String> stems, List<String> keys, List<String> options,
                          double difficulty) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < stems.size(); i++) {
            pairs.add(stems.get(i) + " – " + keys.get(i));
        }
        return draft(QuestionType.MATCHING, fact, prompt, stems, options, keys, null, String.join("; ", pairs),
                difficulty);
    }

    static Draft ordering(FactRef fact, String prompt, List<String> ordered, Random random, double difficulty) {
        return ordering(fact, prompt, ordered, String.join(" → ", ordered), random, difficulty);
    }

    /** An ordering whose explanation spells out the order with what decides it, e.g. each battle's date. */
    static Draft ordering(FactRef fact, String prompt, List<String> ordered, String answerText, Random random,
                          double difficulty) {
        List<String> shown = new ArrayList<>(ordered);
        for (int i = 0; i < 5 && shown.equals(ordered); i++) {
            Collections.shuffle(shown, random);
        }
        return draft(QuestionType.ORDERING, fact, prompt, List.of(), shown, ordered, null, answerText, difficulty);
    }

    static Draft cloze(FactRef fact, String prompt, List<String> keys, double difficulty) {
        return draft(QuestionType.CLOZE, fact, prompt, List.of(), List.of(), keys, null, keys.get(0), difficulty);
    }

    private static Draft draft(QuestionType type, FactRef fact, String prompt, List<String> stems,
                               List<String> options, List<String> keys, Double tolerance, String answerText,
                               double difficulty) {
        SourceLine line = fact.source();
        String source = line == null ? "" : line.text().strip();
        QuestionContent content = new QuestionContent(type, prompt, stems, options, keys, tolerance,
                explanation(answerText, fact), source, fact.kind(), round(difficulty), QuestionGenerator.VERSION);
        return new Draft(content, fact);
    }

    /** The fact in a sentence, then its evidence quoted readably: "Charles I commanded ... From the article: "..."". */
    static String explanation(String answerText, FactRef fact) {
        boolean truthValue = answerText.startsWith(TRUE) || answerText.startsWith(FALSE);
        String lead = truthValue || fact.statement() == null
                ? Evidence.sentence(truthValue ? answerText : "The answer is " + answerText) : fact.statement();
        String quote = Evidence.quote(fact);
        return quote.isEmpty() ? lead : lead + " " + quote;
    }

    static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%s", value);
    }

    private static double round(double difficulty) {
        return Math.round(Math.max(0, Math.min(1, difficulty)) * 100) / 100.0;
    }
}
