package org.battlequiz.study;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;

/**
 * Turns a set's items into flashcards, one per fact: items quoting the same source line for the same answer in
 * other words (a year asked as a date and as a choice), and true statements restating another card's answer,
 * become one card that remembers every item it stands for.
 */
public final class CardBuilder {
    private static final List<QuestionType> PREFERENCE = List.of(QuestionType.DATE, QuestionType.NUMERIC,
            QuestionType.CLOZE, QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_SELECT, QuestionType.MATCHING,
            QuestionType.ORDERING, QuestionType.TRUE_FALSE);
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final double SAME_QUESTION = 0.5;
    /** A true statement restating "5 June 2013" belongs with the card answering that, not the one answering "2013". */
    private static final Comparator<Draft> MOST_SPECIFIC =
            Comparator.comparingInt(d -> normalize(CardAnswer.bare(d.lead)).length());

    public List<Flashcard> build(List<CardSource> items) {
        List<Draft> drafts = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> PREFERENCE.indexOf(items.get(i).content().type())));
        for (int index : order) {
            CardSource item = items.get(index);
            if (item.content().keys().isEmpty() || item.content().prompt() == null) {
                continue;
            }
            drafts.stream().filter(d -> d.covers(item.content())).max(MOST_SPECIFIC)
                    .ifPresentOrElse(d -> d.add(item, index), () -> drafts.add(new Draft(item, index)));
        }
        drafts.sort(Comparator.comparingInt(d -> d.firstIndex));
        return drafts.stream().map(Draft::card).toList();
    }

    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    private static double wordOverlap(String a, String b) {
        Set<String> left = new HashSet<>(Arrays.asList(normalize(a).split(" ")));
        Set<String> right = new HashSet<>(Arrays.asList(normalize(b).split(" ")));
        Set<String> union = new HashSet<>(left);
        union.addAll(right);
        left.retainAll(right);
        return union.isEmpty() ? 0 : (double) left.size() / union.size();
    }

    private static boolean containsPhrase(String text, String phrase) {
        String padded = " " + normalize(text) + " ";
        String wanted = normalize(phrase);
        return !wanted.isEmpty() && padded.contains(" " + wanted + " ");
    }

    private static final class Draft {
        private final QuestionContent lead;
        private final List<Long> questionIds = new ArrayList<>();
        private int firstIndex;

        Draft(CardSource item, int index) {
            lead = item.content();
            firstIndex = index;
            questionIds.add(item.questionId());
        }

        void add(CardSource item, int index) {
            questionIds.add(item.questionId());
            firstIndex = Math.min(firstIndex, index);
        }

        boolean covers(QuestionContent other) {
            if (!Objects.equals(lead.factKind(), other.factKind())
                    || !normalize(lead.source()).equals(normalize(other.source()))) {
                return false;
            }
            if (other.type() == QuestionType.TRUE_FALSE && lead.type() != QuestionType.TRUE_FALSE) {
                return "True".equalsIgnoreCase(other.keys().get(0))
                        && containsPhrase(other.prompt(), CardAnswer.bare(lead));
            }
            boolean sameAnswer = normalize(CardAnswer.bare(lead)).equals(normalize(CardAnswer.bare(other)));
            boolean samePrompt = normalize(lead.prompt()).equals(normalize(other.prompt()));
            return sameAnswer && (lead.type() != other.type() || samePrompt)
                    && wordOverlap(lead.prompt(), other.prompt()) >= SAME_QUESTION;
        }

        Flashcard card() {
            String front = lead.type() == QuestionType.TRUE_FALSE ? "True or false? " + lead.prompt() : lead.prompt();
            String answer = CardAnswer.of(lead);
            String note = isFalseStatement(lead) ? withoutQuote(lead.explanation(), lead.source()) : null;
            String key = digest(String.join("\u001f", String.valueOf(lead.factKind()), normalize(lead.source()),
                    normalize(CardAnswer.bare(lead)), normalize(front)));
            return new Flashcard(key, lead.factKind(), front, cues(), answer, note, lead.source(), questionIds);
        }

        private static boolean isFalseStatement(QuestionContent item) {
            return item.type() == QuestionType.TRUE_FALSE && "False".equalsIgnoreCase(item.keys().get(0));
        }

        /** The correction without the sentence repeating the quote, which the card shows anyway. */
        private static String withoutQuote(String explanation, String source) {
            if (explanation == null || source == null || source.isBlank()) {
                return explanation;
            }
            int quote = explanation.lastIndexOf(source.strip());
            int sentenceEnd = quote < 0 ? -1 : explanation.lastIndexOf(". ", quote);
            return sentenceEnd < 0 ? explanation : explanation.substring(0, sentenceEnd + 1);
        }

        private List<String> cues() {
            return switch (lead.type()) {
                case SINGLE_CHOICE, MULTIPLE_SELECT, ORDERING -> lead.options();
                case MATCHING -> lead.stems();
                default -> List.of();
            };
        }
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
