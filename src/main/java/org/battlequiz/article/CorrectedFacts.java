package org.battlequiz.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.battlequiz.article.FactCorrection.Kind;

/**
 * The facts as the teacher corrected them: each correction replayed, in order, on what the parser read. A fact the
 * teacher moved, fixed, added or confirmed is sure (confidence 1). A correction whose fact the parse no longer
 * holds (a name fixed since, a side that is gone) is left out and reported, never applied to another fact.
 */
public final class CorrectedFacts {
    /** How sure a fact is once the teacher has set or checked it. */
    public static final double CHECKED = 1.0;

    /** The corrected facts, and the positions of the corrections that could not be applied. */
    public record Outcome(ParsedArticle facts, List<Integer> unapplied) {
        public Outcome {
            unapplied = List.copyOf(unapplied);
        }
    }

    /** A correction as the history shows it: which fact, its value before and after. */
    public record Change(String fact, String before, String after) {
    }

    private CorrectedFacts() {
    }

    public static Outcome apply(ParsedArticle parsed, List<FactCorrection> corrections) {
        ParsedArticle facts = parsed;
        List<Integer> unapplied = new ArrayList<>();
        for (int i = 0; i < corrections.size(); i++) {
            ParsedArticle next = applyOne(facts, corrections.get(i));
            if (next == null) {
                unapplied.add(i);
            } else {
                facts = next;
            }
        }
        return new Outcome(facts, unapplied);
    }

    /** The facts with this one correction applied, or null when the fact it names is not there. */
    public static ParsedArticle applyOne(ParsedArticle facts, FactCorrection c) {
        Working w = new Working(facts);
        boolean done = switch (c.kind()) {
            case BELLIGERENT -> w.named(c, w.belligerents, NamedEntry::name, CorrectedFacts::belligerent);
            case COMMANDER -> w.named(c, w.commanders, Commander::name, CorrectedFacts::commander);
            case STRENGTH -> w.figure(c, w.strengths, CorrectedFacts::strength);
            case CASUALTIES -> w.figure(c, w.casualties, CorrectedFacts::casualties);
            case DATES, PLACE, RESULT -> w.battle(c);
        };
        return done ? w.build() : null;
    }

    /** What the correction changes, read from the facts before it. */
    public static Change describe(ParsedArticle before, FactCorrection c) {
        String side = "side " + (c.side() + 1);
        String fact = c.kind().named() ? c.kind().label() + " " + (c.target() == null ? c.value("name") : c.target())
                : c.kind().perSide() ? c.kind().label() + " of " + side : c.kind().label();
        String was = switch (c.action()) {
            case ADD -> c.kind().perSide() ? currentValue(before, c) : battleValue(before, c.kind());
            case MOVE -> "On " + side + (c.kind().named() ? "" : ": " + currentValue(before, c));
            default -> c.kind().perSide() ? currentValue(before, c) : battleValue(before, c.kind());
        };
        String now = switch (c.action()) {
            case MOVE -> "On side " + (c.toSide() + 1);
            case REMOVE -> "Removed";
            case CONFIRM -> "Checked by the teacher: " + currentValue(before, c);
            case FIX, ADD -> newValue(c);
        };
        return new Change(fact, was == null || was.isBlank() ? "(none)" : was, now);
    }

    private static String currentValue(ParsedArticle facts, FactCorrection c) {
        if (c.side() < 0 || c.side() >= facts.sides().size()) {
            return null;
        }
        Side side = facts.sides().get(c.side());
        return switch (c.kind()) {
            case BELLIGERENT -> c.target();
            case COMMANDER -> side.commanders().stream().filter(x -> x.name().equals(c.target())).findFirst()
                    .map(CorrectedFacts::commanderText).orElse(c.target());
            case STRENGTH -> side.strength() == null ? null : side.strength().text();
            case CASUALTIES -> side.casualties() == null ? null : side.casualties().text();
            default -> null;
        };
    }

    public static String commanderText(Commander c) {
        return c.note() == null ? c.name() : c.name() + " (" + c.note() + ")";
    }

    private static String battleValue(ParsedArticle facts, Kind kind) {
        return switch (kind) {
            case DATES -> dates(facts.dateStart(), facts.dateEnd());
            case PLACE -> facts.location();
            case RESULT -> result(facts.result(), facts.winner());
            default -> null;
        };
    }

    private static String newValue(FactCorrection c) {
        return switch (c.kind()) {
            case BELLIGERENT -> c.value("name");
            case COMMANDER -> c.value("note") == null ? c.value("name") : c.value("name") + " (" + c.value("note") + ")";
            case STRENGTH, CASUALTIES -> c.value("text");
            case DATES -> dates(c.value("start"), c.value("end"));
            case PLACE -> c.value("place");
            case RESULT -> result(c.value("result"), winnerOf(c));
        };
    }

    /** "2013-05-19 to 2013-06-05", or the one date. */
    public static String dates(String start, String end) {
        if (start == null) {
            return null;
        }
        return end == null || end.equals(start) ? start : start + " to " + end;
    }

    private static String result(String result, Integer winner) {
        String won = winner == null ? "no winner named" : "winner: side " + (winner + 1);
        return result == null ? won : result + " (" + won + ")";
    }

    private static Integer winnerOf(FactCorrection c) {
        String w = c.value("winner");
        return w == null || w.isBlank() ? null : Integer.valueOf(w);
    }

    private static SourceLine sourceOf(FactCorrection c, SourceLine kept) {
        String number = c.value("lineNumber");
        if (number != null && c.value("lineText") != null) {
            return new SourceLine(Integer.parseInt(number), c.value("lineText"), List.of());
        }
        boolean sets = c.action() == FactCorrection.Action.ADD || c.action() == FactCorrection.Action.FIX;
        if (kept != null || !sets) {
            return kept;
        }
        return new SourceLine(0, (c.action() == FactCorrection.Action.ADD ? "Added" : "Corrected")
                + " by the teacher: " + c.kind().label() + ", " + newValue(c), List.of());
    }

    private static NamedEntry belligerent(FactCorrection c, NamedEntry old) {
        String name = c.action() == FactCorrection.Action.FIX || c.action() == FactCorrection.Action.ADD
                ? c.value("name") : old.name();
        return new NamedEntry(name, sourceOf(c, old == null ? null : old.source()), CHECKED);
    }

    private static Commander commander(FactCorrection c, Commander old) {
        boolean set = c.action() == FactCorrection.Action.FIX || c.action() == FactCorrection.Action.ADD;
        return new Commander(set ? c.value("name") : old.name(), set ? c.value("note") : old.note(),
                sourceOf(c, old == null ? null : old.source()), CHECKED);
    }

    private static Strength strength(FactCorrection c, Strength old) {
        if (c.action() == FactCorrection.Action.CONFIRM || c.action() == FactCorrection.Action.MOVE) {
            return new Strength(old.min(), old.max(), old.text(), old.sources(), CHECKED);
        }
        SourceLine line = sourceOf(c, old == null || old.sources().isEmpty() ? null : old.sources().get(0));
        return new Strength(number(c.value("min")), number(c.value("max")), c.value("text"),
                line == null ? List.of() : List.of(line), CHECKED);
    }

    private static Casualties casualties(FactCorrection c, Casualties old) {
        if (c.action() == FactCorrection.Action.CONFIRM || c.action() == FactCorrection.Action.MOVE) {
            return new Casualties(old.killed(), old.wounded(), old.captured(), old.text(), old.claims(),
                    old.sources(), CHECKED);
        }
        SourceLine line = sourceOf(c, old == null || old.sources().isEmpty() ? null : old.sources().get(0));
        return new Casualties(number(c.value("killed")), number(c.value("wounded")), number(c.value("captured")),
                c.value("text"), List.of(), line == null ? List.of() : List.of(line), CHECKED);
    }

    private static Long number(String value) {
        return value == null || value.isBlank() ? null : Long.valueOf(value);
    }

    /** A correction function for one kind of entry: the corrected entry from the correction and the old one. */
    private interface Corrector<T> {
        T correct(FactCorrection c, T old);
    }

    /** A mutable copy of the facts, one correction long. */
    private static final class Working {
        private final ParsedArticle from;
        private final List<List<NamedEntry>> belligerents = new ArrayList<>();
        private final List<List<Commander>> commanders = new ArrayList<>();
        private final List<Strength> strengths = new ArrayList<>();
        private final List<Casualties> casualties = new ArrayList<>();
        private String dateStart;
        private String dateEnd;
        private String location;
        private String result;
        private Integer winner;
        private final java.util.Map<String, SourceLine> fieldSources;

        Working(ParsedArticle from) {
            this.from = from;
            for (Side s : from.sides()) {
                belligerents.add(new ArrayList<>(s.belligerents()));
                commanders.add(new ArrayList<>(s.commanders()));
                strengths.add(s.strength());
                casualties.add(s.casualties());
            }
            dateStart = from.dateStart();
            dateEnd = from.dateEnd();
            location = from.location();
            result = from.result();
            winner = from.winner();
            fieldSources = new java.util.HashMap<>(from.fieldSources());
        }

        private boolean sideExists(int side) {
            return side >= 0 && side < from.sides().size();
        }

        <T> boolean named(FactCorrection c, List<List<T>> columns, Function<T, String> name, Corrector<T> corrector) {
            if (!sideExists(c.side())) {
                return false;
            }
            List<T> column = columns.get(c.side());
            if (c.action() == FactCorrection.Action.ADD) {
                column.add(corrector.correct(c, null));
                return true;
            }
            int at = indexOf(column, name, c.target());
            if (at < 0) {
                return false;
            }
            switch (c.action()) {
                case REMOVE -> column.remove(at);
                case MOVE -> {
                    if (!sideExists(c.toSide()) || c.toSide() == c.side()) {
                        return false;
                    }
                    columns.get(c.toSide()).add(corrector.correct(c, column.remove(at)));
                }
                default -> column.set(at, corrector.correct(c, column.get(at)));
            }
            return true;
        }

        private static <T> int indexOf(List<T> column, Function<T, String> name, String target) {
            for (int i = 0; i < column.size(); i++) {
                if (Objects.equals(sameName(name.apply(column.get(i))), sameName(target))) {
                    return i;
                }
            }
            return -1;
        }

        /** A name as compared: a no-break space or a run of spaces counts as one space, none at either end. */
        private static String sameName(String name) {
            return name == null ? null : name.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        }

        /** One figure per side: a move exchanges the two sides' figures, so neither is lost. */
        <T> boolean figure(FactCorrection c, List<T> figures, Corrector<T> corrector) {
            if (!sideExists(c.side())) {
                return false;
            }
            T old = figures.get(c.side());
            switch (c.action()) {
                case ADD, FIX -> figures.set(c.side(), corrector.correct(c, old));
                case REMOVE, CONFIRM -> {
                    if (old == null) {
                        return false;
                    }
                    figures.set(c.side(), c.action() == FactCorrection.Action.REMOVE ? null : corrector.correct(c, old));
                }
                case MOVE -> {
                    if (old == null || !sideExists(c.toSide()) || c.toSide() == c.side()) {
                        return false;
                    }
                    T other = figures.get(c.toSide());
                    figures.set(c.toSide(), corrector.correct(c, old));
                    figures.set(c.side(), other == null ? null : corrector.correct(c, other));
                }
            }
            return true;
        }

        boolean battle(FactCorrection c) {
            boolean remove = c.action() == FactCorrection.Action.REMOVE;
            switch (c.kind()) {
                case DATES -> {
                    dateStart = remove ? null : c.value("start");
                    dateEnd = remove ? null : c.value("end") == null ? c.value("start") : c.value("end");
                }
                case PLACE -> location = remove ? null : c.value("place");
                case RESULT -> {
                    if (!remove && winnerOf(c) != null && !sideExists(winnerOf(c))) {
                        return false;
                    }
                    result = remove ? null : c.value("result");
                    winner = remove ? null : winnerOf(c);
                }
                default -> {
                    return false;
                }
            }
            String field = c.kind() == Kind.DATES ? "date" : c.kind() == Kind.PLACE ? "location" : "result";
            SourceLine line = remove ? null : sourceOf(c, fieldSources.get(field));
            if (line != null) {
                fieldSources.put(field, line);
            }
            return c.action() != FactCorrection.Action.MOVE && c.action() != FactCorrection.Action.CONFIRM;
        }

        ParsedArticle build() {
            List<Side> sides = new ArrayList<>();
            for (int i = 0; i < from.sides().size(); i++) {
                Side s = from.sides().get(i);
                sides.add(new Side(belligerents.get(i), commanders.get(i), s.units(), strengths.get(i),
                        casualties.get(i)));
            }
            return new ParsedArticle(from.title(), from.partOf(), dateStart, dateEnd, location, result, winner, sides,
                    from.bodyFacts(), fieldSources, from.warnings());
        }
    }
}
