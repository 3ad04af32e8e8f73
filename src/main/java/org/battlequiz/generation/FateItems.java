package org.battlequiz.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.battlequiz.article.Commander;
import org.battlequiz.article.Side;

/** What became of a commander the infobox marks (killed, captured, died of wounds, wounded, executed). */
final class FateItems implements ItemStrategy {
    private static final Map<String, String> FATES = Map.of(
            "KIA", "Killed in action", "POW", "Taken prisoner", "DOW", "Died of wounds", "WIA", "Wounded",
            "EXECUTED", "Executed");
    /** For each fate, fates that cannot also be true of the same commander. */
    private static final Map<String, List<String>> EXCLUSIVE = Map.of(
            "KIA", List.of("POW", "EXECUTED", "DOW"),
            "POW", List.of("KIA", "DOW", "EXECUTED"),
            "DOW", List.of("KIA", "EXECUTED"),
            "WIA", List.of("KIA", "EXECUTED", "DOW"),
            "EXECUTED", List.of("KIA", "DOW"));
    private static final Map<String, String> STATEMENTS = Map.of(
            "KIA", "was killed in action at", "POW", "was taken prisoner at", "DOW", "died of wounds received at",
            "WIA", "was wounded at", "EXECUTED", "was executed after");

    /** " (died of wounds)" for a commander the infobox marks, nothing otherwise. */
    static String note(Commander c) {
        String note = c.note() == null ? null : c.note().toUpperCase(Locale.ROOT);
        if (daggerOnly(c)) {
            return " \u2020";
        }
        if (note == null || !FATES.containsKey(note)) {
            return "";
        }
        String written = asWritten(c);
        return written != null ? " " + written : " (" + FATES.get(note).toLowerCase(Locale.ROOT) + ")";
    }

    /** "(POW)", "Surrendered": the commander's status mark as the line prints it after his name, or null. */
    private static String asWritten(Commander c) {
        String line = c.source() == null ? "" : Texts.withoutRefs(c.source().text());
        int at = line.indexOf(Texts.withoutRefs(c.name()));
        java.util.regex.Matcher mark = STATUS_MARK.matcher(line);
        return at >= 0 && mark.find(at + c.name().length()) ? mark.group().strip() : null;
    }

    private static final java.util.regex.Pattern STATUS_MARK = java.util.regex.Pattern.compile(
            "\\(\\s*(?:KIA|WIA|DOW|POW|MIA|[Ee]xecuted|[Ss]urrendered|[Cc]aptured)\\s*\\)|\\b(?:KIA|WIA|DOW|POW|MIA|"
                    + "Executed|Surrendered|Captured)\\b");

    /** "Li Wen Surrendered": the infobox says he gave himself up, which "taken prisoner" would overstate. */
    private static boolean surrendered(Commander c) {
        String written = asWritten(c);
        return written != null && written.toLowerCase(Locale.ROOT).contains("surrendered");
    }

    /** A dagger alone says the commander died, not whether in the fighting or of wounds after it: not asked. */
    static boolean daggerOnly(Commander c) {
        String line = c.source() == null ? "" : c.source().text();
        return "KIA".equalsIgnoreCase(c.note()) && line.contains("\u2020")
                && !line.matches("(?is).*\\b(KIA|killed)\\b.*");
    }

    @Override
    public List<Draft> drafts(Battle battle, Random random) {
        List<Draft> drafts = new ArrayList<>();
        for (Side side : battle.sides()) {
            for (Commander c : Battle.commanders(side)) {
                String note = c.note() == null ? null : c.note().toUpperCase(Locale.ROOT);
                if (note == null || !FATES.containsKey(note) || daggerOnly(c)) {
                    continue;
                }
                String name = Texts.person(c.name());
                boolean surrendered = "POW".equals(note) && surrendered(c);
                String happened = surrendered ? "Surrendered" : FATES.get(note);
                String verb = surrendered ? "surrendered at" : STATEMENTS.get(note);
                String fate = Texts.capitalize(name) + " " + verb + " " + battle.name() + ".";
                FactRef fact = new FactRef("fate:" + Texts.norm(c.name()), "commander", c.source(), c.confidence())
                        .stating(fate).quoting(CommanderItems.fact(battle, c).evidence());
                List<String> wrong = EXCLUSIVE.get(note);
                drafts.add(Items.singleChoice(fact, "What happened to " + name + " " + battle.atName() + "?", happened, wrong.stream().map(FATES::get).toList(),
                        random, 0.55));
                String wrongFate = wrong.get(random.nextInt(wrong.size()));
                for (boolean truth : battle.truthsInTurn()) {
                    String stated = truth ? verb : STATEMENTS.get(wrongFate);
                    drafts.add(Items.trueFalse(fact, Texts.capitalize(name) + " " + stated + " "
                            + battle.name() + ".", truth, "the infobox records: " + happened.toLowerCase(Locale.ROOT)
                            + ".", 0.45));
                }
            }
        }
        return drafts;
    }
}
