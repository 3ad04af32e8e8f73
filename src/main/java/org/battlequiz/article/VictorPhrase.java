package org.battlequiz.article;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of a Result row that name the victor: "Franco-American" of "Decisive Franco-American victory; ...". */
final class VictorPhrase {
    private static final Pattern VICTORY = Pattern.compile("(?i)^(.*?)\\b(victory|victorious|win|won|triumph)\\b");
    private static final List<String> UNDECIDED = List.of("inconclusive", "indecisive", "stalemate", "draw",
            "disputed", "both sides", "claimed by", "status quo");

    private VictorPhrase() {
    }

    static String of(String result) {
        if (result == null) {
            return "";
        }
        String first = result.split(";|\\.\\s")[0];
        String lower = first.toLowerCase(Locale.ROOT);
        if (UNDECIDED.stream().anyMatch(lower::contains)) {
            return "";
        }
        Matcher m = VICTORY.matcher(first);
        return m.find() ? m.group(1).strip() : "";
    }
}
