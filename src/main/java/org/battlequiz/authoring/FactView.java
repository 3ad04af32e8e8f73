package org.battlequiz.authoring;

import java.util.List;
import java.util.Locale;
import org.battlequiz.article.Casualties;
import org.battlequiz.article.Commander;
import org.battlequiz.article.CorrectedFacts;
import org.battlequiz.article.FactCorrection.Kind;
import org.battlequiz.article.NamedEntry;
import org.battlequiz.article.SourceLine;
import org.battlequiz.article.Strength;
import org.battlequiz.generation.QuestionGenerator;

/**
 * One fact of a side as the facts page shows it: what it says, the line it came from, the fields its correction
 * form starts with, and, when the parser was unsure of its side, why in words.
 */
public record FactView(String kind, String label, int side, String target, String value, String name,
                       String status, String figure, String words, String killed, String wounded, String captured,
                       int lineNumber, String line, int sure, String doubt, String anchor) {

    static FactView belligerent(int side, NamedEntry e) {
        return new FactView("belligerent", "Belligerent", side, e.name(), e.name(), e.name(), "", "", "", "", "", "",
                number(e.source()), text(e.source()), percent(e.confidence()), doubt("belligerent", e.confidence()),
                anchor(Kind.BELLIGERENT, side, e.name()));
    }

    static FactView commander(int side, Commander c) {
        return new FactView("commander", "Commander", side, c.name(), CorrectedFacts.commanderText(c), c.name(),
                c.note() == null ? "" : c.note(), "", "", "", "", "", number(c.source()), text(c.source()),
                percent(c.confidence()), doubt("commander", c.confidence()), anchor(Kind.COMMANDER, side, c.name()));
    }

    static FactView strength(int side, Strength s) {
        String figure = s.min() == null ? "" : NumberFormatting.grouped(s.min())
                + (s.max() == null || s.max().equals(s.min()) ? "" : "\u2013" + NumberFormatting.grouped(s.max()));
        SourceLine line = s.sources().isEmpty() ? null : s.sources().get(0);
        return new FactView("strength", "Strength", side, null, s.text(), "", "", figure, words(s.text()), "", "", "",
                number(line), text(line), percent(s.confidence()), doubt("strength", s.confidence()),
                anchor(Kind.STRENGTH, side, null));
    }

    static FactView casualties(int side, Casualties c) {
        SourceLine line = c.sources().isEmpty() ? null : c.sources().get(0);
        return new FactView("casualties", "Casualties", side, null, c.text(), "", "", "", "", figure(c.killed()),
                figure(c.wounded()), figure(c.captured()), number(line), text(line), percent(c.confidence()),
                doubt("casualties", c.confidence()), anchor(Kind.CASUALTIES, side, null));
    }

    /** An empty fact of the kind, as the add form starts. */
    static FactView blank(Kind kind) {
        String k = kind.name().toLowerCase(Locale.ROOT);
        return new FactView(k, kind.label(), 0, null, "", "", "", "", "", "", "", "", 0, null, 100, null, "add-" + k);
    }

    /** "a commander", "casualty figures": what the add form adds. */
    public String addLabel() {
        return switch (kind) {
            case "strength" -> "a strength figure";
            case "casualties" -> "casualty figures";
            default -> "a " + kind;
        };
    }

    public int sideNumber() {
        return side + 1;
    }

    public boolean doubtful() {
        return doubt != null;
    }

    public boolean named() {
        return "belligerent".equals(kind) || "commander".equals(kind);
    }

    /** Why the teacher should check this fact first, or null when the parser was sure of its side. */
    static String doubt(String factKind, double confidence) {
        int pct = percent(confidence);
        if (confidence < QuestionGenerator.minimumConfidence(factKind)) {
            return "The app could not tell which side this is on (sure to " + pct + "%): no item asks about it "
                    + "until you move it to its side or confirm it.";
        }
        if (confidence < QuestionGenerator.SURE) {
            return "The app is not sure which side this is on (sure to " + pct + "%), so its items rank lower: "
                    + "move it to its side or confirm it.";
        }
        return null;
    }

    /** The page anchor of a fact, stable while the fact keeps its side and name. */
    static String anchor(Kind kind, int side, String name) {
        String base = "fact-" + kind.name().toLowerCase(Locale.ROOT) + (side < 0 ? "" : "-" + (side + 1));
        if (name == null) {
            return base;
        }
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return base + "-" + (slug.length() > 60 ? slug.substring(0, 60) : slug);
    }

    private static String words(String text) {
        if (text == null) {
            return "";
        }
        String rest = text.replaceAll("\\[[^\\]]*\\]", "").replaceFirst("^[^A-Za-z]*\\d[\\d,.\u2013\u2014 -]*", "");
        return rest.length() > 100 ? "" : rest.strip();
    }

    private static String figure(Long n) {
        return n == null ? "" : NumberFormatting.grouped(n);
    }

    private static int percent(double confidence) {
        return (int) Math.round(confidence * 100);
    }

    private static int number(SourceLine line) {
        return line == null ? 0 : line.lineNumber();
    }

    private static String text(SourceLine line) {
        return line == null ? null : line.text();
    }

    /** A side's facts in the order the page lists them: belligerents, commanders, strength, casualties. */
    static List<FactView> ofSide(int index, org.battlequiz.article.Side side) {
        List<FactView> views = new java.util.ArrayList<>();
        side.belligerents().forEach(e -> views.add(belligerent(index, e)));
        side.commanders().forEach(c -> views.add(commander(index, c)));
        if (side.strength() != null) {
            views.add(strength(index, side.strength()));
        }
        if (side.casualties() != null) {
            views.add(casualties(index, side.casualties()));
        }
        return views;
    }
}
