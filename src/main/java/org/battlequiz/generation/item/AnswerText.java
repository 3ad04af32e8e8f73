package org.battlequiz.generation.item;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one answer normaliser, shared by quiz grading and the generator's quality gates: text without case, accents
 * or punctuation, numbers and years as written by people. What the gates call the same answer, the grader does too.
 */
public final class AnswerText {
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(the|a|an) ");
    private static final Pattern APOSTROPHE = Pattern.compile("(?<=\\p{L})['\u2019\u02bc`](?=\\p{L})");
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Map<String, String> LETTERS = Map.of("ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "ł", "l",
            "đ", "d", "ð", "d", "þ", "th", "ı", "i");
    private static final Map<String, String> ABBREVIATIONS = Map.of("st", "saint", "ste", "sainte", "mt", "mount",
            "ft", "fort");
    private static final Pattern ISO_DATE = Pattern.compile("-?\\d{1,4}-\\d{2}-\\d{2}");
    private static final Pattern SIGNED_YEAR = Pattern.compile("-?\\d{1,4}");
    private static final Pattern YEAR_BC = Pattern.compile("(\\d{1,4}) ?(bc|bce|b c|b c e)");
    private static final Pattern YEAR_AD = Pattern.compile("(?:ad|ce|a d) ?(\\d{1,4})|(\\d{1,4}) ?(?:ad|ce|a d)");

    private AnswerText() {
    }

    /**
     * Text as compared for grading: no case, accents, ligatures, apostrophes or punctuation, "&" read as "and",
     * St/Mt/Ft spelled out and a leading "the", "a" or "an" dropped.
     */
    public static String normalize(String text) {
        return LEADING_ARTICLE.matcher(fold(text)).replaceFirst("");
    }

    private static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("&", " and ");
        StringBuilder letters = new StringBuilder();
        lower.codePoints().forEach(c -> letters.append(LETTERS.getOrDefault(Character.toString(c), Character.toString(c))));
        String folded = APOSTROPHE.matcher(letters).replaceAll("").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return String.join(" ", Arrays.stream(folded.split(" "))
                .map(word -> ABBREVIATIONS.getOrDefault(word, word)).toList());
    }

    /** The key without a parenthesised qualifier, "Varro (consul)" being answered as "Varro". */
    public static String withoutQualifier(String key) {
        return key == null ? "" : PARENTHESES.matcher(key).replaceAll("").trim();
    }

    /** A short-answer pattern with "*" for any text, as Moodle reads one; case is ignored, as Moodle does by default. */
    public static boolean matchesWildcard(String given, String pattern) {
        if (given == null || pattern == null || !pattern.contains("*")) {
            return false;
        }
        String regex = java.util.Arrays.stream(pattern.strip().split("\\*", -1)).map(java.util.regex.Pattern::quote)
                .collect(java.util.stream.Collectors.joining(".*"));
        return java.util.regex.Pattern.compile(regex, java.util.regex.Pattern.CASE_INSENSITIVE
                | java.util.regex.Pattern.UNICODE_CASE | java.util.regex.Pattern.DOTALL).matcher(given.strip()).matches();
    }

    public static OptionalDouble number(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        String plain = text.trim().replace('\u2212', '-').replaceAll("[\\s,_\u00a0']", "");
        try {
            return plain.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(plain));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    public static boolean isIsoDate(String text) {
        return text != null && ISO_DATE.matcher(text.trim()).matches();
    }

    /** The year of "1415", "-279", "279 BC", "AD 9" or an ISO date; BC years are negative. */
    public static OptionalLong year(String text) {
        if (text == null) {
            return OptionalLong.empty();
        }
        String trimmed = text.trim().replace('\u2212', '-');
        if (isIsoDate(trimmed)) {
            return OptionalLong.of(Long.parseLong(trimmed.substring(0, trimmed.indexOf('-', 1))));
        }
        if (SIGNED_YEAR.matcher(trimmed).matches()) {
            return OptionalLong.of(Long.parseLong(trimmed));
        }
        String words = fold(trimmed);
        Matcher bc = YEAR_BC.matcher(words);
        if (bc.matches()) {
            return OptionalLong.of(-Long.parseLong(bc.group(1)));
        }
        Matcher ad = YEAR_AD.matcher(words);
        if (ad.matches()) {
            return OptionalLong.of(Long.parseLong(ad.group(1) != null ? ad.group(1) : ad.group(2)));
        }
        return OptionalLong.empty();
    }
}
