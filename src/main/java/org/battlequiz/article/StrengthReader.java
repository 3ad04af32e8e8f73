package org.battlequiz.article;

import java.util.regex.Pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whole-force personnel strength of one side: a stated total, else the sum of the personnel components of one
 * snapshot ("Initial:", "Modern estimates:"); across snapshots the smallest and largest. Equipment is left out.
 */
final class StrengthReader {
    private static final Pattern PAREN = Pattern.compile("\\([^()]*\\)");
    private static final Pattern CLAUSE = Pattern.compile(", |; ");
    private static final Pattern JOINED_GROUP = Pattern.compile("\\s*\\p{L}[\\p{L} -]*\\s+and\\s+[~≈]?");
    private static final Pattern WORD_GAP = Pattern.compile("[ ,;.]+");
    static final Set<String> EQUIPMENT = Set.of("chariot", "wagon", "elephant", "gun", "cannon", "artillery",
            "piece", "tank", "aircraft", "plane", "airplane", "aeroplane", "bomber", "helicopter", "ship", "vessel",
            "boat", "galley", "warship", "frigate", "destroyer", "cruiser", "battleship", "submarine", "carrier",
            "trireme", "quinquereme", "junk", "vehicle", "apc", "mortar", "howitzer", "catapult", "trebuchet", "camel",
            "sail", "men-of-war", "ships-of-the-line", "gunboat", "armoured", "armored", "car", "cars", "truck",
            "rocket", "launcher", "drone", "jet", "corvette", "sloop", "schooner", "brig", "transport", "siege",
            "ballista", "canoe", "longship", "cog", "dhow", "airship", "zeppelin", "locomotive", "train", "guns",
            "machine", "mg", "spg", "ifv", "afv", "mlrs", "horse-drawn", "warplane", "fighter-bomber", "bombers",
            "balloon", "barge", "raft", "pontoon", "torpedo", "mine", "gunship", "battlecruiser", "dreadnought",
            "pre-dreadnought", "minelayer", "minesweeper", "seaplane", "monitor", "ironclad", "man-of-war",
            "ship-of-the-line", "u-boat", "fighter-plane", "tankette", "half-track", "chariotry", "warhorse",
            "galleass", "galleasse", "galliot", "galleon", "carrack", "caravel", "xebec", "fusta", "felucca",
            "bireme", "penteconter", "pentekonter", "fireship", "bombard", "culverin", "musket", "tender", "aviso",
            "merchantman", "merchantmen", "steamer", "cutter", "ketch", "lugger", "yacht", "hulk", "sloop-of-war",
            "bomb", "bomb-ketch", "bomb-vessel");
    /** "13 M113 APCs", "10 CH-21 Shawnees", "40 T-34s": a model's designation names a machine, never men. */
    private static final Pattern DESIGNATION = Pattern.compile("(?i)\\p{L}{1,4}-?\\d+\\p{L}?(?:s|'s)?(?:\\[\\w+])*");
    /** "1,536 lb broadside", "2,400 tons": a weight or a size, never men. */
    private static final Set<String> MEASURES = Set.of("lb", "lbs", "pound", "pounds", "pounder", "pounders",
            "broadside", "ton", "tons", "tonne", "tonnes", "kg", "mm", "km", "mi", "miles", "kilometres", "kilometers");
    private static final Set<String> FORMATIONS = Set.of("division", "brigade", "regiment", "battalion", "corps",
            "squadron", "company", "companies", "legion", "cohort", "army", "armies", "formation", "flotilla");
    /** "of which 28,000 regular cavalry", "including 5,000 archers": a part of the figure before, not more men. */
    private static final Pattern SUBSET = Pattern.compile("\\s*(?:of (?:which|whom)|including|incl\\.|among them)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NON_COMBATANTS = Pattern.compile(
            "(?:[a-z]+ )?(?:non-?combatants|camp[- ]followers|pilgrims|civilians|refugees)\\b");
    private static final Pattern GLUED_WORDS = Pattern.compile("(\\p{Ll})(\\p{Lu})");
    private static final Pattern LABELLED = Pattern.compile("^\\p{L}[\\p{L}'’. -]{1,60}: \\S");
    private static final Set<String> SNAPSHOT_WORDS = Set.of("initial", "initially", "final", "finally", "estimate",
            "estimates", "estimated", "modern", "historical", "records", "sources", "source", "time", "at", "by",
            "peak", "later", "start", "end", "beginning", "before", "after", "during", "reinforced", "reinforcements",
            "total", "overall", "ancient", "according", "claim", "claimed", "official", "maximum", "minimum", "phase",
            "day", "first", "second", "third", "on", "in", "from", "until");

    private record Snapshot(long min, Long max, boolean found) {
    }

    private StrengthReader() {
    }

    static Strength read(List<Piece> pieces, double confidence) {
        List<SourceLine> sources = new ArrayList<>();
        List<Snapshot> snapshots = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (p.clean().isEmpty()) {
                continue;
            }
            sources.add(p.source());
            String clean = headsDeeperBullets(pieces, i) ? p.clean().replaceFirst("^[•·*]\\s*", "") : p.clean();
            String[] parts = INLINE_ESTIMATES.split(clean);
            for (int k = 0; k < parts.length; k++) {
                if (k > 0 && !block.isEmpty()) {
                    snapshots.add(snapshot(block));
                    block = new ArrayList<>();
                }
                block = readLine(parts[k], block, snapshots);
            }
        }
        if (!block.isEmpty()) {
            snapshots.add(snapshot(block));
        }
        return strength(snapshots, pieces, sources, confidence);
    }

    /** "up to 80,000 Other estimations: 25,000 15,000 10,000": a second count of the same force in the same line. */
    private static final Pattern INLINE_ESTIMATES = Pattern.compile(
            "(?<=\\S)(?<!Other|Modern|Later|Alternative|Some) (?=(?:(?:Other|Modern|Later|Alternative|Some) )?"
                    + "[Ee]stimat(?:es|ions):)");

    /** "Other estimations: 25,000 15,000 10,000.": rival counts with nothing between them, after a heading. */
    private static final Pattern BARE_FIGURES = Pattern.compile(
            "(?:[\\p{L} ]{1,40}:\\s*)?(?:(?:c\\.\\s*)?\\d{1,3}(?:,\\d{3})+\\+?(?:\\[\\d+\\])*[\\s.]*){2,}");

    /** Adds a line to the open block, or closes it when the line is a snapshot of its own; returns the open block. */
    private static List<String> readLine(String text, List<String> block, List<Snapshot> snapshots) {
        List<String> estimates = CasualtyReader.estimates(text);
        if (estimates.size() > 1 || datedSnapshot(text) || attributedCount(text)) {
            if (!block.isEmpty()) {
                snapshots.add(snapshot(block));
            }
            estimates.forEach(e -> snapshots.add(snapshot(List.of(e))));
            return new ArrayList<>();
        }
        List<String> open = block;
        if (text.endsWith(":") && !block.isEmpty()) {
            if (TOTAL_ALONE.matcher(text).matches() && !block.get(0).endsWith(":")) {
                open = new ArrayList<>();
            } else if (isSnapshotHeading(text)) {
                snapshots.add(snapshot(block));
                open = new ArrayList<>();
            }
        }
        open.add(text);
        return open;
    }

    private static Strength strength(List<Snapshot> snapshots, List<Piece> pieces, List<SourceLine> sources,
                                     double confidence) {
        Long min = null;
        Long max = null;
        boolean open = false;
        for (Snapshot s : snapshots) {
            if (!s.found()) {
                continue;
            }
            min = min == null ? s.min() : Math.min(min, s.min());
            long top = s.max() == null ? s.min() : s.max();
            if (max == null || top > max) {
                max = top;
                open = s.max() == null;
            }
        }
        String text = joinText(pieces);
        return new Strength(min, open ? null : max, text.isEmpty() ? null : text, sources, confidence);
    }

    static String joinText(List<Piece> pieces) {
        StringBuilder b = new StringBuilder();
        boolean afterHeading = false;
        for (Piece p : pieces) {
            String text = p.clean();
            if (text.startsWith("• ")) {
                text = text.substring(2);
            }
            if (text.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(afterHeading ? " " : "; ");
            }
            b.append(text);
            afterHeading = text.endsWith(":");
        }
        return b.toString();
    }

    private static Snapshot snapshot(List<String> lines) {
        Snapshot head = headOfBullets(lines);
        if (head == null) {
            head = totalOverParts(lines);
        }
        if (head != null) {
            return head;
        }
        List<Quantity> all = lines.size() == 1 ? Quantity.scan(PAREN.matcher(lines.get(0)).replaceAll(" ")) : List.of();
        if (all.size() > 2 && (labelledParts(lines.get(0)) >= all.size() - 1 || BREAKDOWN.matcher(lines.get(0)).lookingAt())
                && isTotalOfRest(all)) {
            return new Snapshot(all.get(0).min(), all.get(0).max(), true);
        }
        if (all.size() > 1 && BARE_FIGURES.matcher(lines.get(0)).matches()) {
            return alternatives(all);
        }
        long min = 0;
        long max = 0;
        boolean plus = false;
        boolean found = false;
        Quantity bare = null;
        List<Quantity> bareLines = new ArrayList<>();
        boolean subGroups = false;
        boolean underEquipment = false;
        boolean countsAircraft = lines.stream().anyMatch(l -> AIRCRAFT.matcher(l).find());
        for (String line : lines) {
            boolean bullet = isBullet(line);
            if (!bullet) {
                underEquipment = namesOnlyEquipment(line);
            }
            subGroups |= (line.endsWith(":") || LABELLED.matcher(line).find())
                    && !isSnapshotHeading(line.substring(0, line.indexOf(':') + 1));
            String text = line.indexOf('(') < 0 ? line : PAREN.matcher(line).replaceAll(" ");
            boolean total = text.toLowerCase(Locale.ROOT).contains("total");
            java.util.regex.Matcher stated = STATED_TOTAL.matcher(text);
            if (stated.find()) {
                String rest = text.substring(stated.end());
                List<Quantity> sum = Quantity.scan(rest);
                if (!sum.isEmpty() && sum.get(0).start() == 0 && !isEquipment(rest.substring(sum.get(0).end()).strip())) {
                    Quantity q = sum.get(0);
                    return new Snapshot(q.min(), q.plus() ? null : q.max(), true);
                }
            }
            for (String clause : CLAUSE.split(text)) {
                List<Quantity> qs = Quantity.scan(clause);
                if (qs.isEmpty() || SUBSET.matcher(clause).lookingAt()) {
                    continue;
                }
                for (Quantity q : components(clause, qs)) {
                    String after = ungluedAfter(clause, q);
                    if (isEquipment(after) || (q.max() < 1000 && countsFormations(after)) || startsWithTime(after)
                            || after.startsWith("]")
                            || NON_COMBATANTS.matcher(after).lookingAt()
                            || countsAircraft && FIGHTERS.matcher(after).lookingAt()
                            || bullet && underEquipment && after.replaceAll("[^a-z]", "").isEmpty()) {
                        continue;
                    }
                    if (total) {
                        return new Snapshot(q.min(), q.plus() ? null : q.max(), true);
                    }
                    if (after.replaceAll("[^a-z]", "").isEmpty()) {
                        bare = found ? bare : q;
                        bareLines.add(q);
                    }
                    min += q.min();
                    max += q.max();
                    plus |= q.plus();
                    found = true;
                }
            }
        }
        if (!bareLines.isEmpty() && found && max >= 1000 && bareLines.stream().allMatch(q -> q.max() < 100)) {
            for (Quantity q : bareLines) {
                min -= q.min();
                max -= q.max();
            }
            bareLines.clear();
            bare = null;
        }
        if (bareLines.size() > 1 && min == bareLines.stream().mapToLong(Quantity::min).sum() && !subGroups) {
            return alternatives(bareLines);
        }
        if (bare != null && !subGroups && min > bare.min() && min - bare.min() <= bare.max()) {
            return new Snapshot(bare.min(), bare.plus() ? null : bare.max(), true);
        }
        return new Snapshot(min, plus ? null : max, found);
    }

    /**
     * "32,000 infantry and 5,100 cavalry Total: c. 37,100", "Overall ~ 35,470+", "...; total 490,000 men": the figure
     * after a total's label, before or after its parts.
     */
    private static final Pattern STATED_TOTAL = Pattern.compile(
            "(?i)\\b(?:total|overall)(?:\\s*[:~≈]\\s*|\\s+(?=~?\\d{1,3},\\d{3}))(?:(?:c\\.|ca\\.|circa|about|approx\\.?|approximately)\\s*)?(?=~?\\d)");

    /**
     * "Total:" or "Total engaged:" on a line of its own: the figure under it is the total of the parts above, unless
     * they were a snapshot of their own under a heading ("Initial:").
     */
    private static final Pattern TOTAL_ALONE = Pattern.compile("(?i)\\s*(?:total|overall)\\b[\\p{L} ]{0,20}:\\s*");

    /** "1,100,000 combatants - 600,000 regulars, 500,000 militia": a figure, then its parts after a dash or colon. */
    private static final Pattern BREAKDOWN = Pattern.compile("~?\\d[\\d,.]*\\s+[\\p{L} ]{1,30}?\\s*[-–—:]\\s*~?\\d");

    private static long labelledParts(String line) {
        return line.chars().filter(c -> c == '(').count();
    }

    /**
     * "67,000 40,000 (Jena); 27,000 (Auerstedt)": a first figure exactly the sum of the others, each with its label
     * in brackets, is their total.
     */
    private static boolean isTotalOfRest(List<Quantity> figures) {
        long rest = 0;
        for (Quantity q : figures.subList(1, figures.size())) {
            if (q.min() != q.max()) {
                return false;
            }
            rest += q.min();
        }
        return figures.get(0).min() == figures.get(0).max() && figures.get(0).min() == rest;
    }

    /** "900+ aircraft": a line whose every figure counts machines; a bare figure in a bullet under it counts them too. */
    private static boolean namesOnlyEquipment(String line) {
        List<Quantity> qs = Quantity.scan(line);
        return !qs.isEmpty() && qs.stream().allMatch(q -> isEquipment(line.substring(q.end(),
                Math.min(line.length(), q.end() + 80)).strip().toLowerCase(Locale.ROOT)));
    }

    /** "75,000:" over "Napoleon: 45,000", "Ney: 14,500": a figure heading the lines below is their total. */
    private static Snapshot totalOverParts(List<String> lines) {
        if (lines.size() < 2 || !TOTAL_HEADING.matcher(lines.get(0)).matches()) {
            return null;
        }
        List<Quantity> qs = Quantity.scan(lines.get(0));
        return qs.size() != 1 ? null : new Snapshot(qs.get(0).min(), qs.get(0).plus() ? null : qs.get(0).max(), true);
    }

    private static final Pattern TOTAL_HEADING = Pattern.compile(
            "(?i)(?:c\\.|ca\\.|about|~)?\\s*[\\d,.–+ -]+(?:\\s*(?:men|troops|soldiers|personnel))?\\s*:");

    /** "20,000 troops" with bulleted components under it: the line above the bullets is their total. */
    private static Snapshot headOfBullets(List<String> lines) {
        if (lines.size() < 2 || isBullet(lines.get(0)) || lines.get(0).endsWith(":")
                || !lines.subList(1, lines.size()).stream().allMatch(StrengthReader::isBullet)) {
            return null;
        }
        String text = lines.get(0).indexOf('(') < 0 ? lines.get(0) : PAREN.matcher(lines.get(0)).replaceAll(" ");
        for (Quantity q : Quantity.scan(text)) {
            String after = text.substring(q.end(), Math.min(text.length(), q.end() + 80)).strip().toLowerCase(Locale.ROOT);
            if (!isEquipment(after) && !countsFormations(after) && !startsWithTime(after)) {
                return new Snapshot(q.min(), q.plus() ? null : q.max(), true);
            }
        }
        return null;
    }

    /**
     * "  • c. 1,486,200 personnel" over "    • 1,415,000 personnel": the first bullet of a list, over deeper ones, heads
     * them as their total; a later one ("• 2,500 chariots" over "• 9,000 men" crewing them) is a part of its own.
     */
    private static boolean headsDeeperBullets(List<Piece> pieces, int i) {
        if (i + 1 >= pieces.size() || !isBullet(pieces.get(i).clean()) || !isBullet(pieces.get(i + 1).clean())
                || i > 0 && isBullet(pieces.get(i - 1).clean())) {
            return false;
        }
        return indent(pieces.get(i + 1).line().raw()) > indent(pieces.get(i).line().raw());
    }

    private static int indent(String raw) {
        int n = 0;
        while (n < raw.length() && Character.isWhitespace(raw.charAt(n))) {
            n++;
        }
        return n;
    }

    static boolean isBullet(String clean) {
        return clean.startsWith("•") || clean.startsWith("·") || clean.startsWith("* ");
    }

    /** Bare figures with no category between them ("c. 7,000 (Herodotus)", "c. 7,400 (Diodorus)") are rival estimates. */
    private static Snapshot alternatives(List<Quantity> estimates) {
        long min = Long.MAX_VALUE;
        long max = 0;
        boolean plus = false;
        for (Quantity q : estimates) {
            min = Math.min(min, q.min());
            max = Math.max(max, q.max());
            plus |= q.plus();
        }
        return new Snapshot(min, plus ? null : max, true);
    }

    /** The words after a figure, lower case, with glued words parted ("484 gunsThe Official ..." -> "guns the official"). */
    private static String ungluedAfter(String clause, Quantity q) {
        String after = clause.substring(q.end(), Math.min(clause.length(), q.end() + 80)).strip();
        return GLUED_WORDS.matcher(after).replaceAll("$1 $2").toLowerCase(Locale.ROOT);
    }

    /**
     * The clause's first figure (or its first one counting men, when a citation's page numbers come before it),
     * and any later one joined to a named group by "and" ("331,098 soldiers and 78,013 Marines").
     */
    private static List<Quantity> components(String clause, List<Quantity> qs) {
        int first = 0;
        String afterFirst = ungluedAfter(clause, qs.get(0));
        boolean notMen = qs.get(0).max() < 100 || isEquipment(afterFirst);
        for (int i = 1; i < qs.size() && !countsMen(afterFirst) && notMen; i++) {
            if (countsMen(ungluedAfter(clause, qs.get(i)))) {
                first = i;
                break;
            }
        }
        qs = qs.subList(first, qs.size());
        List<Quantity> out = new ArrayList<>(List.of(qs.get(0)));
        for (int i = 1; i < qs.size(); i++) {
            String between = clause.substring(qs.get(i - 1).end(), qs.get(i).start());
            if (!JOINED_GROUP.matcher(between).matches()) {
                break;
            }
            out.add(qs.get(i));
        }
        return out;
    }

    /** "Initial:", "Modern estimates:", "By August 1855:" start a new estimate; "Prussian army:" does not. */
    static boolean isSnapshotHeading(String heading) {
        for (String t : Words.tokens(heading)) {
            if (SNAPSHOT_WORDS.contains(t) || Character.isDigit(t.charAt(0)) || DateParser.isMonth(t)) {
                return true;
            }
        }
        return false;
    }

    /** "39 heavy bombers; 54 fighters": among aircraft, fighters are aircraft too, not fighting men. */
    private static final Pattern AIRCRAFT = Pattern.compile(
            "(?i)\\d\\s*(?:[a-z-]+\\s+)?(?:bombers?|aircraft|planes|airplanes|seaplanes)\\b");
    private static final Pattern FIGHTERS = Pattern.compile("(?i)fighters?\\b");

    static boolean isEquipment(String after) {
        String[] words = WORD_GAP.split(after, 6);
        for (int i = 0; i < Math.min(4, words.length); i++) {
            String w = words[i].endsWith(":") ? words[i].substring(0, words[i].length() - 1) : words[i];
            if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
                return false;
            }
            String single = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
            if (DESIGNATION.matcher(w).matches() || EQUIPMENT.contains(w) || EQUIPMENT.contains(single) || MEASURES.contains(w) || single.endsWith("plane")
                    || single.endsWith("craft") || single.endsWith("ship") || single.endsWith("boat")) {
                return true;
            }
            if (w.equals("men") || w.equals("soldiers") || w.equals("troops") || w.equals("personnel")
                    || CasualtyReader.kindOf(w) != CasualtyReader.Kind.OTHER) {
                return false;
            }
        }
        return false;
    }

    /** "13 British and 11 French divisions", "50 divisions": formations, not men (checked for small figures only). */
    private static boolean countsFormations(String after) {
        String[] words = WORD_GAP.split(after, 6);
        for (int i = 0; i < Math.min(5, words.length); i++) {
            String w = words[i];
            if (w.equals("men") || w.equals("soldiers") || w.equals("troops") || w.equals("personnel")) {
                return false;
            }
            if (FORMATIONS.contains(w) || FORMATIONS.contains(w.endsWith("s") ? w.substring(0, w.length() - 1) : w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean countsMen(String after) {
        return after.startsWith("men") || after.startsWith("soldiers") || after.startsWith("troops")
                || after.startsWith("personnel");
    }

    /** "120,000 initially", "81,890 by the time of battle": a line that is one moment's count of the whole force. */
    private static boolean datedSnapshot(String text) {
        List<Quantity> qs = Quantity.scan(text);
        return qs.size() == 1 && SNAPSHOT_SUFFIX.matcher(ungluedAfter(text, qs.get(0))).lookingAt();
    }

    /** "201,000 horse and foot (according to Abel Osk)": one writer's count, a rival to the others. */
    private static boolean attributedCount(String text) {
        return ATTRIBUTION.matcher(text).find() && !Quantity.scan(text).isEmpty();
    }

    private static final Pattern ATTRIBUTION = Pattern.compile(
            "\\((?:according to|as per|per|claimed by|estimated by) \\p{Lu}[^()]*\\)");

    private static final Pattern SNAPSHOT_SUFFIX = Pattern.compile(
            "(?:men |troops |soldiers )?(?:initially|at first|at the (?:start|beginning|outset)|by the (?:time|end)|later"
                    + "|finally|at (?:its )?peak)\\b");

    private static boolean startsWithTime(String after) {
        if (SNAPSHOT_SUFFIX.matcher(after).lookingAt()) {
            return false;
        }
        return after.startsWith("by ") || after.startsWith("in ") || after.startsWith("at ") || after.startsWith("on ");
    }
}
