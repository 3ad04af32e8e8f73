package org.battlequiz.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Commanders the body puts at the head of one side's force: "a Tolmish army commanded by King Piet VI", "Ranish
 * troops under Edric Hale". A commander whose column agrees with every such sentence about him, and with at least
 * one, is sure of it; one the body puts only with the other side is in doubt; any other keeps the confidence he had.
 */
final class LeaderSentences {
    static final double AGREED = 0.85;
    /** The body puts the commander with the other side: his column is in doubt, whatever else said it. */
    static final double CONTRADICTED = 0.5;
    private static final String LEADS = "(?:under the command of|under|led by|commanded by|headed by)";
    /**
     * A force named by up to four capitalised words ("Tolmish Army of Osk" as a whole), a few lower-case ones ("army",
     * "rear guard"), then who led it.
     */
    private static final String FORCE = "\\b(\\p{Lu}[\\p{L}'’-]*(?:(?:[\\s-]|\\sof\\s)\\p{Lu}[\\p{L}'’-]*){0,3})\\s+"
            + "(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,3}?" + LEADS + "\\s+((?:(?:\\p{Lu}[\\p{L}.'’-]*|of|the|de|von|van|du|da|di)\\s+){0,6}?)";
    private static final Pattern ROMAN = Pattern.compile("[IVXL]{1,5}");

    private LeaderSentences() {
    }

    static List<List<Commander>> apply(List<List<Commander>> placed, SeamContext context) {
        if (!context.sidesKnown() || placed.size() != 2) {
            return placed;
        }
        Map<String, Integer> bodySides = new HashMap<>();
        Function<Commander, Integer> bodySide = c -> bodySides.computeIfAbsent(c.name(), name -> bodySide(name, context));
        placed = acrossTheSeam(placed, bodySide);
        List<List<Commander>> out = new ArrayList<>();
        for (int side = 0; side < 2; side++) {
            List<Commander> column = new ArrayList<>();
            for (Commander c : placed.get(side)) {
                int votes = votes(bodySide.apply(c), side);
                double confidence = votes > 0 ? Math.max(c.confidence(), AGREED)
                        : votes < 0 ? Math.min(c.confidence(), CONTRADICTED) : c.confidence();
                column.add(confidence == c.confidence() ? c : new Commander(c.name(), c.note(), c.source(), confidence));
            }
            out.add(column);
        }
        return out;
    }

    /**
     * "A Spanish force under Duke Emmanuel Philibert" where he closes the first column: the body puts the men next to
     * the seam with the other side, so the seam runs before them (after them, at the head of the second column),
     * unless it also puts a man of the column they would join with the side they leave.
     */
    private static List<List<Commander>> acrossTheSeam(List<List<Commander>> placed,
                                                       Function<Commander, Integer> bodySide) {
        List<Commander> left = new ArrayList<>(placed.get(0));
        List<Commander> right = new ArrayList<>(placed.get(1));
        boolean leftDoubted = anyDoubted(left, 0, bodySide);
        boolean rightDoubted = anyDoubted(right, 1, bodySide);
        while (!rightDoubted && left.size() > 1 && votes(bodySide.apply(left.get(left.size() - 1)), 0) < 0) {
            right.add(0, moved(left.remove(left.size() - 1)));
        }
        while (!leftDoubted && right.size() > 1 && votes(bodySide.apply(right.get(0)), 1) < 0) {
            left.add(moved(right.remove(0)));
        }
        return left.equals(placed.get(0)) ? placed : List.of(left, right);
    }

    /** Whether the body puts one of the column's men with the other side: then it swaps men, not a seam. */
    private static boolean anyDoubted(List<Commander> column, int side, Function<Commander, Integer> bodySide) {
        return column.stream().anyMatch(c -> votes(bodySide.apply(c), side) < 0);
    }

    private static Commander moved(Commander c) {
        return new Commander(c.name(), c.note(), c.source(), Math.max(c.confidence(), AGREED));
    }

    /** 1 when the body puts the commander with this side ({@link #bodySide}), -1 with the other, 0 otherwise. */
    private static int votes(int bodySide, int side) {
        return bodySide == NO_SIDE ? 0 : bodySide == side ? 1 : -1;
    }

    private static final int NO_SIDE = -1;

    /**
     * The side every sentence that puts the commander at the head of a force puts him with (and one does), or
     * {@link #NO_SIDE}.
     */
    private static int bodySide(String name, SeamContext context) {
        String key = keyWord(name);
        if (key.isEmpty()) {
            return NO_SIDE;
        }
        Pattern led = Pattern.compile(FORCE + Pattern.quote(key) + "\\b");
        int first = 0;
        int second = 0;
        for (String sentence : context.sentences()) {
            Matcher m = led.matcher(sentence);
            while (m.find()) {
                if (namesAnother(m.group(2), name)) {
                    continue;
                }
                double lean = context.lean(m.group(1));
                if (lean > 0) {
                    first++;
                } else if (lean < 0) {
                    second++;
                }
            }
        }
        return first > 0 && second == 0 ? 0 : second > 0 && first == 0 ? 1 : NO_SIDE;
    }

    /** "Louis Gonzaga" said of "Ferrante I Gonzaga": a capitalised word before the surname that his name lacks. */
    private static boolean namesAnother(String before, String name) {
        java.util.Set<String> own = new java.util.HashSet<>(Words.tokens(name));
        String[] words = before.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean title = Lexicon.leadingTitles(java.util.Arrays.copyOfRange(words, i, words.length)) > 0;
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && !title
                    && Words.tokens(w).stream().noneMatch(own::contains)) {
                return true;
            }
        }
        return false;
    }

    /** "Philip" of "King Philip VI", "Hale" of "Edric Hale": the last word a sentence would surely repeat. */
    static String keyWord(String name) {
        String[] words = NameCleaner.trimMarks(name).replaceAll("\\([^()]*\\)", " ").strip().split("[\\s,]+");
        for (int i = words.length - 1; i >= 0; i--) {
            String w = words[i];
            if (w.length() >= 3 && Character.isUpperCase(w.codePointAt(0)) && !ROMAN.matcher(w).matches()) {
                return w;
            }
        }
        return "";
    }
}
