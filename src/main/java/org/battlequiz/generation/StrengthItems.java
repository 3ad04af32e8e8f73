package org.battlequiz.generation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.battlequiz.article.NamedEntry;
import org.battlequiz.article.Side;
import org.battlequiz.article.SourceLine;
import org.battlequiz.article.Strength;

/** How large each force was: numeric items per stated figure (range or rounded), a choice for the first one. */
final class StrengthItems implements ItemStrategy {

    @Override
    public List<Draft> drafts(Battle battle, Random random) {
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < battle.sides().size(); i++) {
            Side side = battle.sides().get(i);
            Strength strength = side.strength();
            if (strength == null || battle.sideLabel(i).isEmpty()) {
                continue;
            }
            String group = battle.forceInSentence(i).orElseThrow();
            boolean choiceMade = false;
            breakdown(battle, i, strength, random).ifPresent(drafts::add);
            List<Asked> asked = new ArrayList<>();
            List<Amount> amounts = Amount.parse(strength.text());
            for (Amount a : snapshots(strength.text()) ? amounts : withRivalsMerged(amounts)) {
                if (a.lowerBound() || a.figure().high() < 2 || tooWide(a.figure()) || qualified(strength.text(), a)
                        || battle.namesALesserMember(i, a.label())) {
                    continue;
                }
                Optional<String> byContext = battle.belligerentInSentence(i, a.context());
                Optional<String> byLabel = byContext.isPresent() ? Optional.empty()
                        : battle.belligerentInSentence(i, a.label());
                String ownLabel = withoutSideName(a.label(), side);
                // "4,900 Danish horse, 3,800 Saxon horse" for Denmark and Saxony: each figure is one member's part
                if (byLabel.isEmpty() && !ownLabel.equals(a.label().strip())
                        && Battle.belligerentNames(side).size() >= 2) {
                    continue;
                }
                Optional<String> noun = byLabel.isPresent() ? Optional.of("men") : ForceNouns.of(ownLabel);
                Optional<String> when = byContext.isPresent() ? Optional.of("") : when(a.context());
                boolean wholeForce = byContext.isEmpty() && byLabel.isEmpty() && when.filter(String::isEmpty).isPresent()
                        && noun.filter("men"::equals).isPresent();
                if (noun.isPresent() && when.isPresent() && (!wholeForce || withinReadStrength(strength, a))) {
                    asked.add(new Asked(a, byContext.or(() -> byLabel).orElse(group), noun.get(), when.get()));
                }
            }
            for (Asked q : unambiguous(asked)) {
                Amount a = q.amount();
                String who = q.who();
                String noun = q.noun();
                String when = q.when();
                FactRef bare = new FactRef("strength:" + i + ":" + Texts.norm(a.context() + " " + a.label()),
                        "strength", lineOf(strength.sources(), a.written()),
                        Math.min(strength.confidence(), battle.labelConfidence(i)));
                String prompt = Texts.capitalize(lead(a.context()) + "how many " + noun + " did " + who + " have"
                        + when + " " + battle.atName() + "?");
                FactRef fact = bare.stating(lead(a.context()) + who + " had " + a.figure().display() + " " + noun + when
                        + " " + battle.atName() + ".").quoting(evidence(battle, i,
                        Evidence.partsHolding(strength.text(), a.written())));
                drafts.add(Items.figure(fact, prompt, a.figure(), Items.otherFigures(amounts, a),
                        battle.statedFigures(), random, 0.6));
                if (!choiceMade && !a.figure().isRange()) {
                    choiceMade = true;
                    drafts.add(numberChoice(fact, prompt, a.figure(), battle.statedFigures(), random));
                    String claim = Texts.capitalize(lead(a.context()) + who + " had %s " + noun + when + " "
                            + battle.atName() + ".");
                    drafts.addAll(numberTrueFalse(battle, fact, claim, a.figure(), random));
                }
            }
        }
        return drafts;
    }

    /**
     * "67,000 40,000 (Jena); 27,000 (Auerstedt)": a figure asked as the side's whole force must lie within the
     * strength the article was read as having, or the question would key a part as the whole.
     */
    private static boolean withinReadStrength(Strength strength, Amount a) {
        Long min = strength.min();
        Long max = strength.max();
        return min == null || a.figure().low() >= min && (max == null || a.figure().high() <= max);
    }

    /** One figure as a question would ask it: whose, what it counts and when. */
    private record Asked(Amount amount, String who, String noun, String when) {
        String question() {
            return Texts.norm(who + " " + noun + " " + when);
        }
    }

    /** Two figures the same question would ask for ("men" at Jena, "men" at Auerstedt, no heading) are both left out. */
    private static List<Asked> unambiguous(List<Asked> asked) {
        return asked.stream().filter(q -> asked.stream().filter(o -> o.question().equals(q.question())).count() == 1)
                .toList();
    }

    /** "75,000 (not counting the III Corps)": the bare figure would be a different claim from the article's. */
    static boolean qualified(String text, Amount a) {
        return Pattern.compile(Pattern.quote(a.written()) + "[^;\\n(]{0,40}\\((?i:[^)]*\\b(exclud|not includ|not count|"
                + "without|except|plus|only)[^)]*)\\)").matcher(text).find();
    }

    /**
     * A range whose ends are far apart ("20,000–53,000") is the article's uncertainty, not a figure to learn: a
     * typed answer anywhere in it would count, and a choice would have to pick one end.
     */
    static boolean tooWide(Figure figure) {
        return figure.high() > figure.low() * 3 / 2;
    }

    /** Matching the figures of one snapshot to what they count: "12,000" - "foot", "20" - "guns". */
    private static Optional<Draft> breakdown(Battle battle, int side, Strength strength, Random random) {
        List<Amount> parts = new ArrayList<>();
        for (Amount a : Amount.parse(strength.text())) {
            boolean fresh = parts.stream().noneMatch(p -> Texts.norm(p.label()).equals(Texts.norm(a.label()))
                    || p.figure().display().equals(a.figure().display()));
            boolean sameSnapshot = parts.isEmpty() || Objects.equals(parts.get(0).context(), a.context());
            boolean named = !a.label().isBlank() && ForceNouns.of(a.label()).isPresent();
            if (named && fresh && sameSnapshot && parts.size() < 4) {
                parts.add(a);
            }
        }
        Optional<String> when = parts.isEmpty() ? Optional.empty() : when(parts.get(0).context());
        if (parts.size() < 3 || when.isEmpty()) {
            return Optional.empty();
        }
        List<String> stems = parts.stream().map(a -> a.figure().display()).toList();
        List<String> keys = parts.stream().map(Amount::label).toList();
        List<String> options = new ArrayList<>(keys);
        Collections.shuffle(options, random);
        FactRef fact = new FactRef("strength-breakdown:" + side, "strength",
                lineOf(strength.sources(), parts.get(0).written()),
                Math.min(strength.confidence(), battle.labelConfidence(side)))
                .quoting(evidence(battle, side, strength.text()))
                .stating(Texts.capitalize(battle.forceInSentence(side).orElseThrow()) + " had "
                        + Texts.joinAnd(parts.stream().map(a -> a.figure().display() + " " + a.label()).toList())
                        + when.get() + " " + battle.atName() + ".");
        return Optional.of(Items.matching(fact, "Match each figure to what it counts in the strength of "
                + battle.forceInSentence(side).orElseThrow() + when.get() + " " + battle.atName() + ".",
                stems, keys, options, 0.55));
    }

    /** A choice of figures; a range ("22,285–22,900") is the key as written, against ranges of the same width. */
    static Draft numberChoice(FactRef fact, String prompt, Figure figure, Random random) {
        return numberChoice(fact, prompt, figure, List.of(), random);
    }

    /**
     * As above, with no wrong option among the figures the article states elsewhere ({@code stated}): "160,000" as a
     * wrong count of one army is right for the other where the article gives it.
     */
    static Draft numberChoice(FactRef fact, String prompt, Figure figure, List<Long> stated, Random random) {
        List<String> distractors = figure.isRange()
                ? figure.distractors(random, 6, stated).stream().map(d -> scaledEnds(figure, d))
                        .filter(ends -> ends[1] < figure.low() || ends[0] > figure.high())
                        .map(ends -> Figure.format(ends[0]) + "–" + Figure.format(ends[1])).distinct().limit(3).toList()
                : figure.distractors(random, 3, stated).stream().map(Figure::format).toList();
        double closeness = figure.distractors(new Random(0), 3, List.of()).stream()
                .mapToDouble(d -> Math.abs(d - figure.key()) / Math.max(1, figure.key())).min().orElse(1);
        String key = figure.isRange() ? Figure.format(figure.low()) + "–" + Figure.format(figure.high())
                : Figure.format(figure.low());
        return Items.singleChoice(fact, prompt, key, distractors, random, Math.max(0.2, 0.8 - closeness));
    }

    /**
     * The key's range scaled to the distractor's middle, each end rounded as the key's end is ("32,000–35,765" gives
     * "48,000–53,648", not a copy shifted by a constant that leaves the key the only round figure).
     */
    static String scaledRange(Figure figure, long middle) {
        long[] ends = scaledEnds(figure, middle);
        return Figure.format(ends[0]) + "–" + Figure.format(ends[1]);
    }

    /** A wrong range never overlaps the key's: "2,179–2,957" would be partly right beside "1,900–2,500". */
    private static long[] scaledEnds(Figure figure, long middle) {
        double ratio = middle / Math.max(1.0, figure.key());
        long low = roundedLike(figure.low() * ratio, figure.low());
        long high = roundedLike(figure.high() * ratio, figure.high());
        if (low >= high || low <= 0) {
            long shift = middle - Math.round(figure.key());
            low = figure.low() + shift;
            high = figure.high() + shift;
        }
        return new long[] {low, high};
    }

    private static long roundedLike(double value, long like) {
        long unit = Figure.roundingUnit(like);
        return Math.round(value / unit) * unit;
    }

    /** The figure as stated, or one of its distractors written the same way ("about 4,400"). */
    static List<Draft> numberTrueFalse(Battle battle, FactRef fact, String claim, Figure figure, Random random) {
        List<Long> wrong = figure.distractors(random, 1, List.of());
        if (wrong.isEmpty()) {
            return List.of();
        }
        List<Draft> drafts = new java.util.ArrayList<>();
        for (boolean truth : battle.truthsInTurn()) {
            String shown = truth ? figure.display() : new Figure(wrong.get(0), wrong.get(0), figure.approximate()).display();
            drafts.add(Items.trueFalse(fact, String.format(claim.replace("%", "%%").replace("%%s", "%s"), shown),
                    truth, "the article gives " + figure.display() + ".", 0.5));
        }
        return drafts;
    }

    /** The source line holding the figure as written (or its first number), else the first source line. */
    static SourceLine lineOf(List<SourceLine> sources, String written) {
        String first = written.split("[^0-9,]")[0];
        return sources.stream().filter(s -> holds(s.text(), written)).findFirst()
                .or(() -> sources.stream().filter(s -> !first.isEmpty() && holds(s.text(), first)).findFirst())
                .orElse(sources.isEmpty() ? null : sources.get(0));
    }

    /** The text holds the figure as a whole number: "6" is in "6 galleasses" but not in "206 galleys". */
    private static boolean holds(String text, String figure) {
        return Pattern.compile("(?<![\\d,.])" + Pattern.quote(figure) + "(?![\\d]|,\\d)").matcher(text).find();
    }

    private static final Pattern DATED_HEADING = Pattern.compile("(?im)^\\s*[^:\\n]{0,30}\\b(\\d{1,2}|"
            + "january|february|march|april|may|june|july|august|september|october|november|december|start|end|"
            + "initial|final|peak)\\b[^:\\n]{0,30}:\\s*$");

    /**
     * Figures under dated headings ("13 March:", "7 May:") count the same force at different times: they are
     * snapshots, never rival estimates to merge into one range.
     */
    static boolean snapshots(String text) {
        if (text == null) {
            return false;
        }
        java.util.regex.Matcher m = DATED_HEADING.matcher(text);
        int headings = 0;
        while (m.find()) {
            headings++;
        }
        return headings >= 2;
    }

    /** Rival estimates of one count ("c. 7,000 (Herodotus)", "c. 7,400 (Diodorus)") become one range, so either is right. */
    static List<Amount> withRivalsMerged(List<Amount> amounts) {
        Map<String, List<Amount>> byCount = new LinkedHashMap<>();
        for (Amount a : amounts) {
            byCount.computeIfAbsent(Texts.norm(a.context() + " " + a.label()), k -> new ArrayList<>()).add(a);
        }
        List<Amount> out = new ArrayList<>();
        for (List<Amount> rivals : byCount.values()) {
            Amount first = rivals.get(0);
            if (rivals.size() == 1) {
                out.add(first);
                continue;
            }
            long low = rivals.stream().mapToLong(a -> a.figure().low()).min().orElseThrow();
            long high = rivals.stream().mapToLong(a -> a.figure().high()).max().orElseThrow();
            boolean approximate = rivals.stream().anyMatch(a -> a.figure().approximate());
            boolean bound = rivals.stream().anyMatch(Amount::lowerBound);
            out.add(new Amount(new Figure(low, high, approximate), first.label(), first.context(), first.written(), bound));
        }
        return out;
    }

    /**
     * "Shang troops" of the side Shang, "German divisions" of Germany, read "troops", "divisions": the first word
     * already names the side.
     */
    static String withoutSideName(String label, Side side) {
        String[] words = label.strip().split("\\s+");
        if (words.length < 2) {
            return label;
        }
        boolean sideWord = Battle.belligerentNames(side).stream()
                .anyMatch(n -> Texts.containsWords(n, words[0]) || NamedEntry.isNamedIn(words[0], n));
        return sideWord ? label.strip().substring(words[0].length()).strip() : label;
    }

    static String noun(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.isBlank() || l.equals("total")) {
            return "men";
        }
        return switch (l) {
            case "foot" -> "foot soldiers";
            case "horse" -> "horsemen";
            default -> label;
        };
    }

    /** "According to the modern estimates, " when the figure is one source's, nothing otherwise. */
    static String lead(String context) {
        return namesASource(context) ? "according to the " + context.toLowerCase(Locale.ROOT) + ", " : "";
    }

    private static boolean namesASource(String context) {
        return context != null && context.toLowerCase(Locale.ROOT).matches(".*\\b(record|estimate|account|source|claim)s?\\b.*");
    }

    /** The strength row as it reads: "Strength, Royalists: 12,000 foot, 3,000 horse". */
    static String evidence(Battle battle, int side, String value) {
        return Evidence.row("Strength", battle.sideLabel(side).orElse(""), value);
    }

    /**
     * " initially", " at the time of the counter-offensive", or nothing; empty when the heading cannot be said in
     * a sentence ("Zulu Impi:", "Per Ukraine:"), so the figure is not asked.
     */
    static Optional<String> when(String context) {
        if (context == null || namesASource(context)) {
            return Optional.of("");
        }
        String c = context.strip();
        if (c.equalsIgnoreCase("initial") || c.equalsIgnoreCase("initially")) {
            return Optional.of(" initially");
        }
        if (c.equalsIgnoreCase("total")) {
            return Optional.of(" in total");
        }
        if (c.matches("(?i)^(at|by|in|during|on|after|before)\\b.*")) {
            return Optional.of(" " + Character.toLowerCase(c.charAt(0)) + c.substring(1));
        }
        return Optional.empty();
    }
}
