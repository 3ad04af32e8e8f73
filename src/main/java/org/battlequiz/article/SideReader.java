package org.battlequiz.article;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Map;

/** Attributes every belligerent, commander, unit, strength and casualty line of the export to its side. */
final class SideReader {
    private static final Pattern RESULT_LINE = Pattern.compile("(?i).*\\b(victory|defeat|stalemate|inconclusive|"
            + "annexed|ceasefire|armistice)\\b.*|^(capture|fall|death|end|collapse|treaty|surrender) of\\b.*");
    private static final double GUESSED_LAYOUT = 0.65;

    private final ExportLayout layout;
    private final SeamContext context;

    SideReader(ExportLayout layout, SeamContext context) {
        this.layout = layout;
        this.context = context;
    }

    /**
     * One name above a blank line and four or more below it: a reader may have dropped the blank line between the
     * columns of the lower group (one state against a coalition is rarer than a coalition split in the wrong place).
     */
    static boolean lopsided(List<List<TextLine>> groups) {
        long first = groups.get(0).stream().filter(l -> !l.blank()).count();
        long second = groups.get(1).stream().filter(l -> !l.blank()).count();
        return Math.min(first, second) == 1 && Math.max(first, second) >= LOPSIDED_LARGER;
    }

    private static final int LOPSIDED_LARGER = 4;
    private static final double LOPSIDED_GROUPS = 0.65;

    List<Side> read() {
        List<List<TextLine>> groups = BelligerentGroups.of(layout.section(Section.BELLIGERENTS));
        ColumnSplitter.Split bel = layout.knownColumns(Section.BELLIGERENTS);
        if (bel == null && groups.size() <= 2) {
            bel = Blocs.split(groups.stream().flatMap(List::stream).toList(), context.start());
        }
        if (bel == null && groups.size() == 2) {
            bel = flagStyleSeam(groups);
            if (bel == null) {
                bel = BelligerentGroups.split(groups, 1, lopsided(groups) ? LOPSIDED_GROUPS : 1.0);
            }
        } else if (bel == null && groups.size() == 1) {
            bel = BelligerentGroups.victorsOnly(groups.get(0), context.victors());
            if (bel == null) {
                bel = BelligerentGroups.victorsTogether(groups.get(0), context.victors());
            }
            if (bel == null) {
                bel = new ColumnSplitter(context).split(groups.get(0), Section.BELLIGERENTS);
                if (bel.confidence() < UNDECIDED && isPlainNameList(groups.get(0))) {
                    groups = groups.get(0).stream().map(List::of).toList();
                    bel = null;
                }
            }
        }
        if (bel != null) {
            knowSides(bel);
        }
        Map<Section, ColumnSplitter.Split> splits = splitOthers();
        ColumnSplitter.Split byLeaders = groups.size() >= 2 && layout.knownColumns(Section.BELLIGERENTS) == null
                ? leadersFlagSeam(groups, splits.get(Section.COMMANDERS)) : null;
        if (byLeaders != null) {
            bel = byLeaders;
            knowSides(bel);
            splits = splitOthers();
        }
        if (bel == null) {
            bel = BelligerentGroups.choose(groups, splits, context.sentences(), context.victors());
            knowSides(bel);
            splits = splitOthers();
        }
        ColumnSplitter.Split across = leadersAcrossTheSeam(bel, splits.get(Section.COMMANDERS));
        if (across != null) {
            bel = across;
            knowSides(bel);
            splits = splitOthers();
        }
        ColumnSplitter.Split ordered = layout.knownColumns(Section.BELLIGERENTS) == null
                ? flagOrderSeam(groups.stream().flatMap(List::stream).filter(l -> !l.blank()).toList(), bel) : null;
        if (ordered != null) {
            bel = ordered;
            knowSides(bel);
            splits = splitOthers();
        }
        List<Side> sides = build(bel, splits);
        if (groups.size() != 2 && layout.knownColumns(Section.BELLIGERENTS) == null) {
            ColumnSplitter.Split counted = flagCountSeam(groups.stream().flatMap(List::stream).toList(), bel,
                    sides.stream().map(Side::commanders).toList());
            if (counted != null) {
                knowSides(counted);
                sides = build(counted, splitOthers());
            }
        }
        return sides;
    }

    /**
     * "Ranland Ranland", blank, "Ranish Raj Osk", "Varni", "Tarni": one column of states under
     * flags, then a column of names with none, where the blank line falls inside the flagged column. The seam is
     * where the flags stop, when they stop once and two or more names without a flag follow.
     */
    private ColumnSplitter.Split flagStyleSeam(List<List<TextLine>> groups) {
        List<TextLine> lines = groups.stream().flatMap(List::stream).toList();
        int flagged = 0;
        while (flagged < lines.size() && !context.flags().flagOrIcon(lines.get(flagged)).isEmpty()) {
            flagged++;
        }
        boolean restPlain = lines.subList(flagged, lines.size()).stream()
                .allMatch(l -> context.flags().flagOrIcon(l).isEmpty());
        if (flagged <= groups.get(0).size() || lines.size() - flagged < 2 || !restPlain) {
            return null;
        }
        return splitAt(lines, flagged);
    }

    private static ColumnSplitter.Split splitAt(List<TextLine> lines, int seam) {
        return new ColumnSplitter.Split(lines.subList(0, seam).stream().map(TextLine::whole).toList(),
                lines.subList(seam, lines.size()).stream().map(TextLine::whole).toList(), FLAG_STYLE_CONFIDENCE);
    }

    private static final double FLAG_STYLE_CONFIDENCE = 0.8;

    /**
     * "Ranland Ranland", blank, "Osk", "Varn", "Kingdom of Tarn Tarn", "Tolm Empire Tolm Empire" over the
     * commanders "Ranland Piet Hale | Tolm Empire Edric Varn": the second column starts at the belligerent under the
     * flag that opens the second column of commanders, though the blank line came earlier. Null unless one later
     * line of the second group carries that flag and no line before it does; with more blank-line groups than two,
     * that line must open one of them ("Ranland", blank, "Osk", "Varn", blank, "Tolm Empire").
     */
    private ColumnSplitter.Split leadersFlagSeam(List<List<TextLine>> groups, ColumnSplitter.Split commanders) {
        if (commanders == null || commanders.left().isEmpty() || commanders.right().isEmpty()) {
            return null;
        }
        String leftFlag = flagOf(commanders.left().get(0));
        String rightFlag = flagOf(commanders.right().get(0));
        if (rightFlag.isEmpty() || leftFlag.isEmpty() || leftFlag.equals(rightFlag)) {
            return null;
        }
        List<TextLine> lines = groups.stream().flatMap(List::stream).filter(l -> !l.blank()).toList();
        List<Integer> under = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (context.flags().flagOrIcon(lines.get(i)).equals(rightFlag)) {
                under.add(i);
            }
        }
        int first = groups.get(0).size();
        if (under.size() != 1 || under.get(0) <= first || groups.size() > 2 && !opensAGroup(groups, under.get(0))) {
            return null;
        }
        return splitAt(lines, under.get(0));
    }

    /** The flag label before a piece, or the flag file its line opens with when the piece starts that line. */
    private String flagOf(Piece piece) {
        String flag = context.flags().flag(piece.clean());
        boolean opensLine = piece.line().tagged().strip().startsWith(piece.text().strip());
        return flag.isEmpty() && opensLine ? piece.line().icon() : flag;
    }

    /**
     * "Tolm Empire Tolm Empire", "Ranland Ranish Crown", "Varnia Varnish Empire" over commanders flagged Ranland,
     * Tolm Empire, Varnia in that order: each column lists its commanders together, so the belligerents' seam is
     * the one seam under which the commanders' flags fall on side 0 first and then on side 1. Null unless every
     * belligerent and commander line has a flag, each commander's flag is one belligerent's, exactly one seam
     * fits, and the belligerents are not split there already.
     */
    private ColumnSplitter.Split flagOrderSeam(List<TextLine> belligerents, ColumnSplitter.Split bel) {
        List<String> flags = belligerents.stream().map(l -> context.flags().flagOrIcon(l)).toList();
        List<TextLine> leaders = layout.section(Section.COMMANDERS).stream().filter(l -> !l.blank()).toList();
        if (belligerents.size() < 3 || leaders.isEmpty() || flags.contains("") || new java.util.HashSet<>(flags).size() < flags.size()) {
            return null;
        }
        List<Integer> order = new ArrayList<>();
        for (TextLine leader : leaders) {
            int at = flags.indexOf(context.flags().flagOrIcon(leader));
            if (at < 0) {
                return null;
            }
            order.add(at);
        }
        int fits = -1;
        for (int seam = 1; seam < flags.size(); seam++) {
            final int k = seam;
            List<Integer> sides = order.stream().map(i -> i < k ? 0 : 1).toList();
            boolean ordered = sides.contains(0) && sides.contains(1) && sides.indexOf(1) > sides.lastIndexOf(0);
            if (ordered && fits >= 0) {
                return null;
            }
            fits = ordered ? seam : fits;
        }
        boolean already = bel != null && bel.right().size() + bel.left().size() == flags.size() && bel.left().size() == fits;
        return fits < 0 || already ? null : splitAt(belligerents, fits);
    }

    /** Whether the line at this index of the groups' lines put together is the first line of a group. */
    private static boolean opensAGroup(List<List<TextLine>> groups, int index) {
        int start = 0;
        for (List<TextLine> group : groups) {
            if (start == index) {
                return true;
            }
            start += (int) group.stream().filter(l -> !l.blank()).count();
        }
        return false;
    }

    /**
     * "Ranland", "Osk", "Tolm" under sure commanders with the flags "Ranland", "Varnia" | "Kingdom of Tolm": as many
     * belligerents as the commanders' sides have flags, so the seam falls where the flag counts say, when every
     * belligerent a flag names sits on that flag's side of it (one at least on each side). Null when the counts or
     * the names disagree, or the belligerents are already split there.
     */
    private ColumnSplitter.Split flagCountSeam(List<TextLine> belligerents, ColumnSplitter.Split bel,
                                               List<List<Commander>> commanders) {
        if (commanders.get(0).isEmpty() || commanders.get(1).isEmpty() || commanders.stream().flatMap(List::stream)
                .anyMatch(c -> c.confidence() < SURE_COMMANDER)) {
            return null;
        }
        java.util.Set<String> leftFlags = flagsOf(commanders.get(0));
        java.util.Set<String> rightFlags = flagsOf(commanders.get(1));
        List<TextLine> lines = belligerents.stream().filter(l -> !l.blank()).toList();
        int seam = leftFlags == null ? -1 : leftFlags.size();
        if (leftFlags == null || rightFlags == null || !java.util.Collections.disjoint(leftFlags, rightFlags)
                || seam + rightFlags.size() != lines.size() || bel != null && bel.left().size() == seam) {
            return null;
        }
        int namedLeft = 0;
        int namedRight = 0;
        for (int i = 0; i < lines.size(); i++) {
            String name = NameCleaner.clean(lines.get(i).clean());
            boolean left = leftFlags.stream().anyMatch(f -> names(f, name));
            boolean right = rightFlags.stream().anyMatch(f -> names(f, name));
            if (left && right || left && i >= seam || right && i < seam) {
                return null;
            }
            namedLeft += left ? 1 : 0;
            namedRight += right ? 1 : 0;
        }
        return namedLeft == 0 || namedRight == 0 ? null : splitAt(lines, seam);
    }

    /** Whether the flag names the belligerent, or the belligerent's name holds the flag's whole. */
    private static boolean names(String flag, String name) {
        return !name.isEmpty() && (NamedEntry.isNamedWholeIn(flag, name) || NamedEntry.isNamedWholeIn(name, flag));
    }

    private static final double SURE_COMMANDER = 0.8;

    /** The flags on the lines of a side's commanders, or null when a line has none. */
    private java.util.Set<String> flagsOf(List<Commander> side) {
        java.util.Set<String> flags = new java.util.HashSet<>();
        for (Commander commander : side) {
            String flag = commander.source() == null ? "" : context.flags().flag(commander.source().text());
            if (flag.isEmpty()) {
                return null;
            }
            flags.add(flag);
        }
        return flags;
    }

    /**
     * "Kingdom of Ranland Edric Hale Kingdom of Tolm Piet Varn" cut between the two men, over belligerents read as
     * "Osk" | "Ranland", "Varnia", "Tolm": the flags on either side of the commanders' seam name belligerents the
     * seam of the belligerents put together, so that seam was wrong. The second column then starts at the belligerent
     * the second flag names, and every column stays a guess. Null when the flags agree with the seam.
     */
    private ColumnSplitter.Split leadersAcrossTheSeam(ColumnSplitter.Split bel, ColumnSplitter.Split commanders) {
        if (bel == null || commanders == null || commanders.left().isEmpty() || commanders.right().isEmpty()
                || bel.left().isEmpty() || bel.right().isEmpty()) {
            return null;
        }
        String leftFlag = context.flags().flag(commanders.left().get(commanders.left().size() - 1).clean());
        String rightFlag = context.flags().flag(commanders.right().get(0).clean());
        if (!cutInsideALine(commanders) || leftFlag.isEmpty() || rightFlag.isEmpty() || leftFlag.equals(rightFlag)) {
            return null;
        }
        List<Piece> all = new ArrayList<>(bel.left());
        all.addAll(bel.right());
        int named = firstNamedBy(all, leftFlag);
        int other = firstNamedBy(all, rightFlag);
        int seam = bel.left().size();
        if (named < 0 || other <= named || (named < seam) != (other < seam)) {
            return null;
        }
        return new ColumnSplitter.Split(all.subList(0, other), all.subList(other, all.size()), GUESSED_LAYOUT);
    }

    private static int firstNamedBy(List<Piece> belligerents, String flag) {
        for (int i = 0; i < belligerents.size(); i++) {
            if (names(flag, NameCleaner.clean(belligerents.get(i).clean()))) {
                return i;
            }
        }
        return -1;
    }

    /** Below this, nothing in the Belligerents row itself says where its first column ends. */
    private static final double UNDECIDED = 0.65;

    /**
     * "Athens", "Plataea", "Persian Empire": three or more lines of one short name each, with no flag, icon or bullet,
     * which the other rows and the body can place one by one.
     */
    private boolean isPlainNameList(List<TextLine> lines) {
        return lines.size() >= 3 && lines.stream().allMatch(l -> !l.blank() && Words.tokens(l.clean()).size() <= 4
                && !l.clean().contains(",") && !SupportHeadings.isHeading(l.clean())
                && !StrengthReader.isBullet(l.clean()) && l.icon().isEmpty() && !l.raw().startsWith(" ")
                && context.flags().flag(l.clean()).isEmpty());
    }

    private Map<Section, ColumnSplitter.Split> splitOthers() {
        Map<Section, ColumnSplitter.Split> out = new EnumMap<>(Section.class);
        ColumnSplitter splitter = new ColumnSplitter(context);
        for (Section s : List.of(Section.COMMANDERS, Section.UNITS, Section.STRENGTH, Section.CASUALTIES)) {
            ColumnSplitter.Split known = layout.knownColumns(s);
            out.put(s, known != null ? known : splitter.split(layout.section(s), s));
        }
        return out;
    }

    private void knowSides(ColumnSplitter.Split bel) {
        context.knowSides(sideNames(bel));
        context.knowIcons(List.of(icons(bel.left()), icons(bel.right())));
    }

    /** The icon files printed before a side's belligerents ("Black flag.svg Rashidun Caliphate"). */
    private static java.util.Set<String> icons(List<Piece> pieces) {
        return pieces.stream().map(p -> p.line().icon()).filter(i -> !i.isEmpty())
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The belligerents of each column as entries name them, flag captions of a long form dropped. */
    private static List<List<String>> sideNames(ColumnSplitter.Split bel) {
        return List.of(belligerents(bel.left(), bel.confidence()).stream().map(NamedEntry::name).toList(),
                belligerents(bel.right(), bel.confidence()).stream().map(NamedEntry::name).toList());
    }

    static List<String> names(List<Piece> pieces) {
        List<String> out = new ArrayList<>();
        for (Piece p : pieces) {
            String n = NameCleaner.clean(p.clean());
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * A page whose labels had to be put back is a layout the seam cues were not made for: its guessed columns are
     * worth less (on real pages about 0.7 of such attributions are right), below what side-dependent items need.
     */
    private ColumnSplitter.Split tempered(ColumnSplitter.Split split, Section section) {
        boolean known = layout.knownColumns(section) != null;
        if (known || layout.warnings().isEmpty() || split.confidence() <= GUESSED_LAYOUT) {
            return split;
        }
        return new ColumnSplitter.Split(split.left(), split.right(), GUESSED_LAYOUT);
    }

    /**
     * "Arcadians loyal to Sparta" in one column and "Sparta" in the other: a party that says it stands with a state
     * (not one named after a place, "Army in Tarsk") puts a boundary between them in doubt.
     */
    private static boolean namesAcross(List<String> names, List<String> others) {
        List<String> otherWords = others.stream().map(o -> String.join(" ", Words.tokens(o))).filter(o -> !o.isEmpty())
                .toList();
        for (String name : names) {
            String words = String.join(" ", Words.tokens(name));
            java.util.regex.Matcher stands = STANDS_WITH.matcher(words);
            while (stands.find()) {
                String rest = words.substring(stands.end());
                String bare = rest.startsWith("the ") ? rest.substring(4) : rest;
                if (otherWords.stream().anyMatch(o -> startsWithWords(rest, o) || startsWithWords(bare, o))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern STANDS_WITH = java.util.regex.Pattern.compile(
            "\\b(?:loyal to|allied (?:to|with)|allies of|in support of|supporting) ");

    private static boolean startsWithWords(String text, String words) {
        return text.equals(words) || text.startsWith(words + " ");
    }

    private List<Side> build(ColumnSplitter.Split bel, Map<Section, ColumnSplitter.Split> splits) {
        bel = tempered(bel, Section.BELLIGERENTS);
        for (Section s : List.of(Section.COMMANDERS, Section.UNITS, Section.STRENGTH, Section.CASUALTIES)) {
            splits.put(s, tempered(splits.get(s), s));
        }
        List<List<String>> named = sideNames(bel);
        List<String> leftNames = named.get(0);
        List<String> rightNames = named.get(1);
        boolean namedAcross = namesAcross(leftNames, rightNames) || namesAcross(rightNames, leftNames);
        ColumnSplitter.Split cmd = byAnchors(leftNames, rightNames,
                byFlags(leftNames, rightNames, splits.get(Section.COMMANDERS)));
        List<List<CommanderReader.Entry>> commanders = List.of(commanders(cmd.left(), cmd.confidence()),
                commanders(cmd.right(), cmd.confidence()));
        bel = new ColumnSplitter.Split(withoutFlags(bel.left(), true), withoutFlags(bel.right(), true),
                bel.confidence());
        if (rightNames.isEmpty() && namedOnlyByRight(leftNames, cmd)) {
            bel = new ColumnSplitter.Split(List.of(), bel.left(), Math.min(bel.confidence(), FLAGGED_CONFIDENCE));
        }
        for (Section s : List.of(Section.UNITS, Section.CASUALTIES)) {
            ColumnSplitter.Split x = splits.get(s);
            splits.put(s, new ColumnSplitter.Split(withoutFlags(x.left(), false), withoutFlags(x.right(), false),
                    x.confidence()));
        }
        List<List<Commander>> placed = corroborated(CommanderPlacement.place(commanders, context), leftNames,
                rightNames);
        List<List<NamedEntry>> entries = corroborated(withoutCaptionAcrossSeam(
                belligerents(bel.left(), bel.confidence()), belligerents(bel.right(), bel.confidence())),
                splits.get(Section.STRENGTH));
        if (namedAcross) {
            entries = entries.stream().map(side -> side.stream().map(e -> new NamedEntry(e.name(), e.source(),
                    Math.min(e.confidence(), NAMED_ACROSS), e.supporting())).toList()).toList();
        }
        List<Side> sides = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            sides.add(new Side(entries.get(i), placed.get(i),
                    entries(pick(splits.get(Section.UNITS), i), splits.get(Section.UNITS).confidence()),
                    StrengthReader.read(pick(splits.get(Section.STRENGTH), i), splits.get(Section.STRENGTH).confidence()),
                    CasualtyReader.read(pick(splits.get(Section.CASUALTIES), i),
                            splits.get(Section.CASUALTIES).confidence())));
        }
        return sides;
    }

    /** Below the generator's label doubt: no item names a side by such a column. */
    private static final double NAMED_ACROSS = 0.45;
    private static final double FLAGGED_CONFIDENCE = 0.7;

    /** Commanders as sure as the flags before them and the body's sentences about them make them. */
    private List<List<Commander>> corroborated(List<List<Commander>> placed, List<String> left, List<String> right) {
        List<List<Commander>> flagged = FlagCorroboration.apply(placed, left, right, layout.section(Section.COMMANDERS),
                context.flags());
        return LeaderSentences.apply(flagged, context);
    }

    /** Belligerents as sure as their number, the body and their own column's figure make them. */
    private List<List<NamedEntry>> corroborated(List<List<NamedEntry>> columns, ColumnSplitter.Split strength) {
        List<List<NamedEntry>> opposed = OpposedInBody.apply(oneEach(columns), context.sentences(),
                layout.title().clean());
        return NamedByFigures.apply(opposed, List.of(strength.left(), strength.right()));
    }

    /** Where each column holds one belligerent, no other boundary between them was possible. */
    private static final double ONE_EACH_CONFIDENCE = 0.8;

    /**
     * "Ranland" over "Tolm Empire", whatever labels the page lost: with one name in each column the seam can only
     * fall between them, so neither stands in doubt of its column.
     */
    private static List<List<NamedEntry>> oneEach(List<List<NamedEntry>> columns) {
        if (columns.get(0).size() != 1 || columns.get(1).size() != 1) {
            return columns;
        }
        return columns.stream().map(c -> c.stream().map(e -> e.confidence() >= ONE_EACH_CONFIDENCE ? e
                : new NamedEntry(e.name(), e.source(), ONE_EACH_CONFIDENCE, e.supporting())).toList()).toList();
    }

    /**
     * "Ranland Ranland Tolm Free StateTolm Free State": a state's flag caption and its name, cut
     * apart by the seam, leave the second column's first state as the first column's last, from the same line.
     */
    private static List<List<NamedEntry>> withoutCaptionAcrossSeam(List<NamedEntry> left, List<NamedEntry> right) {
        if (left.size() < 2 || right.isEmpty()) {
            return List.of(left, right);
        }
        NamedEntry last = left.get(left.size() - 1);
        NamedEntry first = right.get(0);
        boolean sameLine = last.source() != null && first.source() != null
                && last.source().lineNumber() == first.source().lineNumber();
        if (!sameLine || !last.name().equals(first.name())) {
            return List.of(left, right);
        }
        return List.of(left.subList(0, left.size() - 1), right);
    }

    /**
     * "Duchy of Austria" as the only belligerent, over "Petermann von Gundoldingen" | "Leopold III, Duke of Austria":
     * the page lost the first column's belligerents, and the commanders say the survivors are the second's.
     */
    private static boolean namedOnlyByRight(List<String> belligerents, ColumnSplitter.Split cmd) {
        if (belligerents.isEmpty() || cmd.left().isEmpty() || cmd.right().isEmpty()) {
            return false;
        }
        return belligerents.stream().allMatch(b -> namedBy(b, cmd.right()) && !namedBy(b, cmd.left()));
    }

    private static boolean namedBy(String belligerent, List<Piece> commanders) {
        return commanders.stream().anyMatch(p -> NamedEntry.isNamedIn(p.clean(), belligerent));
    }

    /**
     * A column whose belligerents the page lost, with every commander line under a flag: a line whose flag names
     * the surviving belligerent stays on its side, and every other flag is the lost side's.
     */
    private ColumnSplitter.Split byFlags(List<String> left, List<String> right, ColumnSplitter.Split cmd) {
        if (left.isEmpty() == right.isEmpty()) {
            return cmd;
        }
        List<String> named = left.isEmpty() ? right : left;
        List<TextLine> own = new ArrayList<>();
        List<TextLine> lost = new ArrayList<>();
        for (TextLine line : layout.section(Section.COMMANDERS)) {
            if (line.blank()) {
                continue;
            }
            String flag = context.flags().flag(line.clean());
            if (flag.isEmpty()) {
                return cmd;
            }
            boolean ours = named.stream().anyMatch(n -> Lexicon.key(n).equals(Lexicon.key(flag))
                    || NamedEntry.isNamedIn(flag, n) || NamedEntry.isNamedIn(n, flag));
            (ours ? own : lost).add(line);
        }
        if (lost.isEmpty()) {
            return cmd;
        }
        if (own.isEmpty()) {
            return byBlocs(lost, cmd);
        }
        double confidence = Math.min(cmd.confidence(), FLAGGED_CONFIDENCE);
        return left.isEmpty() ? new ColumnSplitter.Split(pieces(lost), pieces(own), confidence)
                : new ColumnSplitter.Split(pieces(own), pieces(lost), confidence);
    }

    /**
     * Commanders none of whose flags names the side that kept its belligerents ("United Nations" over "United States
     * ...", "Turkey ...", "China ..."): the columns turn where the flags turn from one bloc of the battle's time to
     * the other, the first column first; without such a turn the seam stays where it was.
     */
    private ColumnSplitter.Split byBlocs(List<TextLine> lines, ColumnSplitter.Split cmd) {
        int cut = Blocs.cut(lines.stream().map(l -> context.flags().flag(l.clean())).toList(), context.start());
        if (cut < 0) {
            return cmd;
        }
        return new ColumnSplitter.Split(pieces(lines.subList(0, cut)), pieces(lines.subList(cut, lines.size())),
                Math.min(cmd.confidence(), FLAGGED_CONFIDENCE));
    }

    /**
     * "Royal Arms of England.svg Catherine of Aragon" ... "Royal Arms of the Kingdom of Scotland.svg James IV": where
     * the icons or flags of whole commander lines name one side's belligerent, and every line naming the first side
     * comes before any naming the second, the second column starts after the first blank line between them, or
     * with no blank line there, at the first line naming the second side.
     */
    private ColumnSplitter.Split byAnchors(List<String> left, List<String> right, ColumnSplitter.Split cmd) {
        if (left.isEmpty() || right.isEmpty() || cutInsideALine(cmd)) {
            return cmd;
        }
        List<TextLine> lines = layout.section(Section.COMMANDERS);
        int firstRight = -1;
        int lastLeft = -1;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            String flag = context.flags().flagOrIcon(line);
            boolean namesLeft = !flag.isEmpty() && left.stream().anyMatch(n -> NamedEntry.isNamedWholeIn(flag, n));
            boolean namesRight = !flag.isEmpty() && right.stream().anyMatch(n -> NamedEntry.isNamedWholeIn(flag, n));
            if (namesLeft && !namesRight) {
                lastLeft = i;
            } else if (namesRight && !namesLeft && firstRight < 0) {
                firstRight = i;
            }
        }
        if (lastLeft < 0 || firstRight <= lastLeft) {
            return cmd;
        }
        int seam = firstRight;
        for (int i = lastLeft + 1; i < firstRight; i++) {
            if (lines.get(i).blank()) {
                seam = i;
                break;
            }
        }
        return new ColumnSplitter.Split(pieces(lines.subList(0, seam)), pieces(lines.subList(seam, lines.size())),
                Math.min(cmd.confidence(), FLAGGED_CONFIDENCE));
    }

    /** The seam runs through one line, between two men a reader printed together: whole lines cannot say more. */
    private static boolean cutInsideALine(ColumnSplitter.Split split) {
        return !split.left().isEmpty() && !split.right().isEmpty()
                && split.left().get(split.left().size() - 1).line() == split.right().get(0).line();
    }

    private static List<Piece> pieces(List<TextLine> lines) {
        return lines.stream().filter(l -> !l.blank()).map(TextLine::whole).toList();
    }

    /** Commanders read without their flag labels; the flag joins the role text that may place them on a side. */
    private List<CommanderReader.Entry> commanders(List<Piece> pieces, double confidence) {
        List<CommanderReader.Entry> out = new ArrayList<>();
        List<Piece> names = new ArrayList<>();
        for (Piece p : withoutFlags(pieces, false)) {
            List<String> run = new ArrayList<>();
            for (String named : NameSegmenter.afterBrackets(p.clean())) {
                for (String item : NameSegmenter.commaList(named)) {
                    NameSegmenter.split(item).stream().flatMap(name -> context.atNamesInBody(name).stream())
                            .forEach(name -> run.addAll(context.atLoneName(name)));
                }
            }
            if (run.size() < 2) {
                names.add(p);
            } else {
                for (int i = 0; i < run.size(); i++) {
                    names.add(new Piece(p.line(), i + 1 < run.size() ? withoutTrailingFlag(run.get(i)) : run.get(i)));
                }
            }
        }
        for (CommanderReader.Entry e : CommanderReader.read(names, confidence)) {
            String flag = "";
            for (Piece p : pieces) {
                if (p.line() == null || p.line().number() != e.commander().source().lineNumber()) {
                    continue;
                }
                String f = context.flags().flag(p.clean());
                if (!f.isEmpty() && p.clean().contains(e.commander().name())) {
                    flag = f;
                }
            }
            out.add(flag.isEmpty() ? e : new CommanderReader.Entry(e.commander(), (flag + " " + e.role()).strip()));
        }
        return out;
    }

    /** "Piet Hale Tolm Empire" before "Edric Varn" on one line: the flag label of the next man, not part of a name. */
    private String withoutTrailingFlag(String name) {
        String[] words = name.strip().split(" ");
        int flag = context.flags().trailingFlagWords(name, 2);
        return flag == 0 ? name : String.join(" ", java.util.Arrays.copyOfRange(words, 0, words.length - flag));
    }

    private List<Piece> withoutFlags(List<Piece> pieces, boolean belligerents) {
        FlagPrefixes flags = context.flags();
        List<Piece> out = new ArrayList<>(pieces.size());
        for (Piece p : pieces) {
            String text = belligerents ? withoutCaption(p.text()) : p.text();
            text = belligerents ? flags.stripBelligerent(text) : flags.strip(text);
            out.add(text.equals(p.text()) ? p : new Piece(p.line(), text));
        }
        return out;
    }

    /** "East India Company East India Co.": the name a flag's caption stands before ("Tam Tam" is one name). */
    private static String withoutCaption(String text) {
        String strip = text.strip();
        String[] words = strip.split(" ");
        if (words.length < 4 || !MergedLineSeams.isCaptionedName(strip)) {
            return text;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, words.length / 2, words.length));
    }

    private static List<Piece> pick(ColumnSplitter.Split split, int side) {
        return side == 0 ? split.left() : split.right();
    }

    /** The belligerents, without a result line that lost its label and fell among them ("Mughal victory"). */
    static List<NamedEntry> belligerents(List<Piece> pieces, double confidence) {
        List<NamedEntry> out = new ArrayList<>();
        for (NamedEntry read : entries(pieces, confidence)) {
            if (RESULT_LINE.matcher(read.name()).matches()) {
                continue;
            }
            NamedEntry e = withoutFlagCaption(read);
            List<String> parts = outsideBrackets(e.name());
            boolean listed = parts.size() > 1 && parts.stream().allMatch(SideReader::listedName);
            if (listed) {
                parts.forEach(p -> out.add(new NamedEntry(p.strip(), e.source(), e.confidence(), e.supporting())));
            } else {
                out.add(e);
            }
        }
        return withoutLongFormCaptions(out);
    }

    /**
     * "United Kingdom of Great Britain and Ireland", "United Kingdom": a flag's caption giving the state's long form
     * before the short name it stands for is not a belligerent of its own.
     */
    private static List<NamedEntry> withoutLongFormCaptions(List<NamedEntry> entries) {
        List<NamedEntry> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String name = entries.get(i).name();
            boolean caption = i + 1 < entries.size() && Lexicon.isLongFormOf(name, entries.get(i + 1).name());
            if (!caption) {
                out.add(entries.get(i));
            }
        }
        return out;
    }

    /** "Flag of the Habsburg Monarchy Austria", "Royal Standard of the King of France Kingdom of France". */
    private static final java.util.regex.Pattern FLAG_CAPTION = java.util.regex.Pattern.compile(
            "^(?:Flag|Banner|(?:Royal )?Standard|Ensign|Coat of arms|Arms) of \\S.*");

    /** "Province of Hanover Hanover": a flag's caption that ends in the name after it. */
    private static final java.util.regex.Pattern TITLED_CAPTION = java.util.regex.Pattern.compile(
            "\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)? of (\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)?) \\1");

    /** A flag's caption printed before the state it flags: the longest known state that ends the name. */
    private static NamedEntry withoutFlagCaption(NamedEntry e) {
        java.util.regex.Matcher titled = TITLED_CAPTION.matcher(e.name());
        if (titled.matches()) {
            return new NamedEntry(titled.group(1), e.source(), e.confidence(), e.supporting());
        }
        if (!FLAG_CAPTION.matcher(e.name()).matches()) {
            return e;
        }
        String[] words = e.name().split(" ");
        for (int from = 2; from < words.length; from++) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
            if (Lexicon.isState(Lexicon.key(tail))) {
                return new NamedEntry(tail, e.source(), e.confidence(), e.supporting());
            }
        }
        return e;
    }

    /** "Gauls, Belgae (Nervii, Atrebates)" -> "Gauls", "Belgae (Nervii, Atrebates)": commas in brackets stay. */
    private static List<String> outsideBrackets(String name) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            if (c == ',' && depth == 0) {
                parts.add(name.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(name.substring(from));
        return parts.stream().map(String::strip).toList();
    }

    /** "King Richard III of England, House of York": each part of a comma list a name of its own. */
    private static boolean listedName(String part) {
        String p = part.strip();
        return !p.isEmpty() && Character.isUpperCase(p.codePointAt(0)) && p.split("\\s+").length <= 6
                && !p.matches(".*\\d.*");
    }

    static List<NamedEntry> entries(List<Piece> pieces, double confidence) {
        List<NamedEntry> out = new ArrayList<>();
        boolean supporting = false;
        for (Piece p : pieces) {
            String clean = p.clean();
            if (clean.startsWith("(") && clean.endsWith(")") && clean.length() > 2
                    && Character.isUpperCase(clean.codePointAt(1)) && !out.isEmpty()) {
                NamedEntry last = out.remove(out.size() - 1);
                out.add(new NamedEntry(last.name() + " " + clean, last.source(), last.confidence(), last.supporting()));
                continue;
            }
            supporting |= SupportHeadings.introducesSupport(clean);
            if (SupportHeadings.isHeading(clean)) {
                continue;
            }
            for (String part : NameRuns.split(clean).stream()
                    .flatMap(r -> NameSegmenter.afterBrackets(r).stream()).toList()) {
                String n = NameCleaner.clean(part);
                // "(1912–1949)": the years of a flag's caption, parted from the state's name, name nobody
                if (!n.isEmpty() && n.codePoints().anyMatch(Character::isLetter) && !Words.tokens(n).isEmpty()
                        && !NameCleaner.isPlaceholder(n) && out.stream().noneMatch(e -> e.name().equals(n))) {
                    out.add(new NamedEntry(n, p.source(), confidence, supporting));
                }
            }
        }
        return out;
    }
}
