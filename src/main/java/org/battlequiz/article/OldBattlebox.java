package org.battlequiz.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The battle box of early encyclopedia copies, its labels glued to their values: "Date of battleJune 14, 1645",
 * "Combatant 1Parliament", "led byThomas Fairfax", "Forces15,000 men", "Combatant 2Royalists". Each row becomes a
 * "- key: value" line of the key-value infobox, "led by", "Forces" and "Casualties" numbered by the combatant above
 * them; "Conflict" there is the war the battle was part of.
 */
final class OldBattlebox {
    private static final Pattern LABEL = Pattern.compile("^(Dates? of battle|Site of battle|Place of battle|Conflict|"
            + "Combatant ?([12])|led by|Commanders?|Forces|Strength|Casualties|[Rr]esult|Battle before|"
            + "Battle after)(\\S.*)?$");
    private static final Pattern OWN = Pattern.compile("^(Dates? of battle|Site of battle|Combatant ?[12]|led by|Forces)");
    private static final int SCAN = 200;

    private OldBattlebox() {
    }

    static boolean detect(List<TextLine> lines) {
        boolean combatant = false;
        int own = 0;
        for (int i = 0; i < Math.min(lines.size(), SCAN); i++) {
            String s = lines.get(i).raw().strip();
            Matcher m = OWN.matcher(s);
            if (m.lookingAt() && s.length() > m.end()) {
                own++;
                combatant |= m.group(1).startsWith("Combatant");
            }
        }
        return combatant && own >= 3;
    }

    static List<TextLine> relabel(List<TextLine> lines) {
        List<TextLine> out = new ArrayList<>();
        String side = "1";
        boolean open = false;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            String s = line.raw().strip();
            Matcher m = i < SCAN ? LABEL.matcher(s) : null;
            if (m == null || !m.matches()) {
                if (open && !s.isEmpty() && out.get(out.size() - 1).raw().endsWith(",")) {
                    TextLine last = out.remove(out.size() - 1);
                    out.add(TextLine.of(last.number(), last.raw() + " " + s));
                    continue;
                }
                open = false;
                out.add(line);
                continue;
            }
            String label = m.group(1).toLowerCase(Locale.ROOT);
            String value = m.group(3) == null ? "" : m.group(3).strip();
            if (m.group(2) != null) {
                side = m.group(2);
            }
            String key = key(label, side);
            open = key != null;
            out.add(key == null ? TextLine.of(line.number(), "") : TextLine.of(line.number(), "- " + key + ": " + value));
        }
        return out;
    }

    private static String key(String label, String side) {
        if (label.startsWith("combatant ") || label.matches("combatant[12]")) {
            return "combatant" + side;
        }
        return switch (label) {
            case "date of battle", "dates of battle" -> "date";
            case "site of battle", "place of battle" -> "place";
            case "conflict" -> "partof";
            case "led by", "commander", "commanders" -> "commander" + side;
            case "forces", "strength" -> "strength" + side;
            case "casualties" -> "casualties" + side;
            case "result" -> "result";
            default -> null;
        };
    }
}
