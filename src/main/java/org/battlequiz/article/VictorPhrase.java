package org.battlequiz.article;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a Result row that name the victor: "Franco-American" of "Decisive Franco-American victory; ...", or
 * the subject of a verb of winning ("South Africa and UNITA" of "South Africa and UNITA defeat an offensive").
 */
final class VictorPhrase {
    private static final Pattern VICTORY = Pattern.compile("(?i)^(.*?)\\b(victory|victorious|win|won|triumph)\\b");
    /** "South Africa and UNITA defeat a major FAPLA offensive": the subject of a verb of winning. */
    private static final Pattern DEFEAT = Pattern.compile(
            "^((?:\\S+\\s+){0,7}?\\S+)\\s+(defeat|defeats|defeated|repel|repels|repelled|repulse|repulses|repulsed|rout|routs|routed|crush|crushes|crushed)\\b");
    private static final List<String> UNDECIDED = List.of("inconclusive", "indecisive", "stalemate", "draw",
            "disputed", "both sides", "claimed by", "status quo");

    private VictorPhrase() {
    }

    /** A part that calls the battle undecided is passed over: "Indecisive; Strategic Franco-Tolm victory". */
    static String of(String result) {
        if (result == null) {
            return "";
        }
        for (String part : result.split(";|\\.\\s")) {
            String lower = part.toLowerCase(Locale.ROOT);
            if (UNDECIDED.stream().anyMatch(lower::contains)) {
                continue;
            }
            Matcher m = VICTORY.matcher(part);
            if (m.find()) {
                return m.group(1).strip();
            }
            Matcher subject = DEFEAT.matcher(part.strip());
            return subject.find() ? subject.group(1).strip() : "";
        }
        return "";
    }
}
