package org.battlequiz.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the flattened lines of one two-column infobox section at the seam where the first column ends.
 * Each candidate seam (a line boundary or a point inside a merged line) gets a score from general signals.
 */
final class ColumnSplitter {

    /** The two columns of a section and how sure the split is (0..1). */
    record Split(List<Piece> left, List<Piece> right, double confidence) {
        static Split empty() {
            return new Split(List.of(), List.of(), 0);
        }
    }

    private record Seam(int line, int pos, SeamCues cues) {
    }

    /** One choice of seam: each candidate's cues and the columns it gives, in the order they were scored. */
    record Decision(Section kind, List<SeamCues> cues, List<Split> splits) {
    }

    /** Sees every seam decision made on its thread, for fitting the cue weights; no one watches in the product. */
    private static final ThreadLocal<java.util.function.Consumer<Decision>> WATCHER = new ThreadLocal<>();

    static void watch(java.util.function.Consumer<Decision> watcher) {
        if (watcher == null) {
            WATCHER.remove();
        } else {
            WATCHER.set(watcher);
        }
    }

    /** A cut inside a line backed by a mark (status, footnote, flag, repeat) rather than by name shape alone. */
    private static final double STRONG_CUT = 3;

    private final SeamContext context;
    private final SeamWeights weights;

    ColumnSplitter(SeamContext context) {
        this(context, SeamWeights.shipped());
    }

    ColumnSplitter(SeamContext context, SeamWeights weights) {
        this.context = context;
        this.weights = weights;
    }

    Split split(List<TextLine> lines, Section kind) {
        List<TextLine> content = new ArrayList<>();
        for (TextLine l : lines) {
            if (!(kind == Section.CASUALTIES && isSharedRow(l.clean()))) {
                content.add(l);
            }
        }
        if (kind == Section.STRENGTH || kind == Section.CASUALTIES) {
            dropTrailingStates(content);
        }
        if (content.stream().allMatch(TextLine::blank)) {
            return Split.empty();
        }
        double[] lean = new double[content.size() + 1];
        double[] named = new double[content.size()];
        int[] filled = new int[content.size() + 1];
        boolean sideIcons = content.stream().anyMatch(l -> !l.icon().isEmpty() && context.iconSide(l.icon()) != 0);
        for (int i = 0; i < content.size(); i++) {
            named[i] = isClaimLabel(content.get(i).clean()) ? 0 : context.lean(content.get(i).clean());
            lean[i + 1] = lean[i] + named[i] + iconLean(content.get(i), sideIcons);
            filled[i + 1] = filled[i] + (content.get(i).blank() ? 0 : 1);
        }
        Seam best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        List<Seam> seams = candidates(content, kind, named);
        for (Seam seam : seams) {
            seam.cues().set(SeamCue.AFFINITY, affinity(content, seam, lean))
                    .set(SeamCue.BALANCE, imbalance(seam, filled));
            double s = weights.score(seam.cues());
            if (best == null || s > bestScore) {
                second = best == null ? second : bestScore;
                best = seam;
                bestScore = s;
            } else if (s > second) {
                second = s;
            }
        }
        if (best == null) {
            return new Split(pieces(content, 0, content.size()), List.of(), 0.3);
        }
        if (WATCHER.get() != null) {
            WATCHER.get().accept(new Decision(kind, seams.stream().map(Seam::cues).toList(),
                    seams.stream().map(seam -> cut(content, seam, 0)).toList()));
        }
        double margin = second == Double.NEGATIVE_INFINITY ? 1 : bestScore - second;
        double confidence = Math.max(0.5, Math.min(1.0, 0.6 + margin / 4));
        return cut(content, best, confidence);
    }

    /** "British claim:", "According to Ottoman sources:": names who counted, not whose figure it is. */
    private static final java.util.regex.Pattern CLAIM_LABEL = java.util.regex.Pattern.compile(
            "(?i)(?:per\\b.*|.*\\b(?:claims?|claimed|according|sources?|estimates?|figures?)\\b.*):\\s*");

    private static boolean isClaimLabel(String text) {
        return text.length() <= 60 && CLAIM_LABEL.matcher(text).matches();
    }

    /**
     * "Royal Arms of the Kingdom of Scotland.svg James IV": an icon that names a belligerent says its column, and so
     * does an icon printed before one side's belligerents only ("Black flag.svg"), and then so does the lack of one.
     */
    private double iconLean(TextLine line, boolean sideIcons) {
        if (line.icon().isEmpty()) {
            boolean plain = sideIcons && !line.blank() && context.flags().flagOrIcon(line).isEmpty();
            return plain ? context.iconlessSide() : 0;
        }
        double named = Math.signum(context.lean(line.icon()));
        return named != 0 ? named : context.iconSide(line.icon());
    }

    static boolean isSharedRow(String text) {
        String f = Words.fold(text);
        int i = 0;
        while (i < f.length() && !Character.isLetter(f.charAt(i))) {
            i++;
        }
        String rest = f.substring(i);
        return rest.startsWith("civilian") || rest.startsWith("non-combatant");
    }

    /** named: how each line's own words lean to a side (0 for a claim label), as the affinity sums them. */
    private List<Seam> candidates(List<TextLine> lines, Section kind, double[] named) {
        List<Seam> out = new ArrayList<>();
        TextLine firstLine = firstNonBlank(lines);
        String first = firstLine == null ? "" : firstLine.clean();
        boolean names = kind == Section.BELLIGERENTS || kind == Section.COMMANDERS || kind == Section.UNITS;
        boolean listed = names && lines.stream().filter(l -> !l.blank()).count() >= 3;
        // "United Kingdom British Empire" where every belligerent line is a flag and a name: no column ends after a flag.
        // "France France" over "German Empire German Empire": among several lines, a state said twice is a flag's
        // caption and its name, never both columns.
        boolean doubledCaptions = kind == Section.BELLIGERENTS && lines.stream().filter(l -> !l.blank()).count() >= 2;
        boolean flagCaptioned = doubledCaptions && lines.stream().allMatch(l -> l.blank() || flagAndName(l));
        // "Peter Ott" in a list of short names: a cut leaving one word after it splits a person, not two columns.
        boolean allShort = listed && lines.stream().allMatch(l -> l.blank() || nameWords(l.clean()) <= 4);
        int secondSupported = kind == Section.BELLIGERENTS ? secondSupported(lines) : -1;
        int repeat = kind == Section.CASUALTIES ? firstKindRepeat(lines) : lines.size();
        List<String> flags = lines.stream().map(l -> l.blank() ? "" : flagOf(l)).toList();
        boolean loneFlag = flags.stream().filter(f -> !f.isEmpty()).count() == 1;
        Orthography spelling = names ? Orthography.of(lines, flags.stream().anyMatch(f -> !f.isEmpty())) : null;
        double secondSideBefore = 0;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (line.blank()) {
                continue;
            }
            TextLine previous = previousText(lines, i);
            // A column neither starts with "Supported by:" nor ends with it, nor with any heading ("Relief force:"),
            // and no column of figures starts with a remark on the figure above it ("(incl. 2,500 knights)").
            boolean noSeamHere = kind == Section.BELLIGERENTS && (introducesSupporters(line)
                    || previous != null && introducesSupporters(previous))
                    || previous != null && isHeading(previous.clean())
                    || (kind == Section.STRENGTH || kind == Section.CASUALTIES) && line.clean().startsWith("(");
            if (previous != null && !noSeamHere) {
                SeamCues cues = new SeamCues().set(SeamCue.LINE_BOUNDARY, 1)
                        .set(SeamCue.BLANK_LINE, lines.get(i - 1).blank() ? 1 : 0)
                        .set(SeamCue.FIRST_LINE_HEADING, line.clean().equals(first) && first.endsWith(":") ? 1 : 0)
                        .set(SeamCue.SECOND_SIDE_HEADING, secondSideBefore == 0 && named[i] < 0 && isHeading(line.clean()) ? 1 : 0)
                        .set(SeamCue.FLAG_CHANGE, flagChange(previous, line) * (loneFlag ? LONE_FLAG_SHARE : 1))
                        .set(SeamCue.BULLET_SHAPE, bulletShape(previous, line))
                        .set(SeamCue.ICONS_ON_ONE_LINE, iconsOnOneLine(previous, line, kind))
                        .set(SeamCue.GOES_ON, GOES_ON.matcher(line.clean()).lookingAt() ? 1 : 0)
                        .set(SeamCue.SECOND_SUPPORTED, i == secondSupported ? 1 : 0)
                        .set(SeamCue.COHESION, cohesion(lines, i));
                if (names) {
                    cues.set(SeamCue.COMMA_RUN, commaRun(lines, previous))
                            .set(SeamCue.SPELLING_SHIFT, spelling.shiftAt(i, previous))
                            .set(SeamCue.SAME_STYLE, sameStyle(previous, line));
                } else {
                    cues.set(SeamCue.TRAILING_COMMA, previous.clean().endsWith(",") ? 1 : 0);
                }
                if (kind == Section.COMMANDERS) {
                    cues.set(SeamCue.RANK_SHIFT, rankShift(lines, i));
                }
                if (kind == Section.COMMANDERS || kind == Section.UNITS) {
                    cues.set(SeamCue.FLAG_IN_BOTH, flagsInBoth(flags, i))
                            .set(SeamCue.FOREIGN_FLAGS_ACROSS, foreignFlagsAcross(flags, i));
                }
                if ((kind == Section.STRENGTH || kind == Section.CASUALTIES) && cohesion(lines, i) == 0) {
                    cues.set(SeamCue.PARALLEL_COLUMNS, parallelColumns(lines, i) - (i > repeat ? REPEAT_LEFT : 0))
                            .set(SeamCue.TOTALS, totals(firstLine, previous, line, nextText(lines, i)));
                }
                out.add(new Seam(i, 0, cues));
            }
            secondSideBefore += Math.max(0, -named[i]);
            boolean oneNamePerLine = listed && previous == null && Words.tokens(line.clean()).size() <= 4;
            for (MergedLineSeams.Cut cut : MergedLineSeams.cuts(line.tagged(), kind, context, first, seamsAsWritten(line, kind))) {
                String before = line.tagged().substring(0, cut.pos());
                String after = line.tagged().substring(cut.pos());
                boolean loneSurname = allShort && nameWords(after) == 1 && before.strip().split("\\s+").length <= 2
                        || insideRankedName(before, after, kind);
                if (DANGLING.matcher(before).find() || captionOfNext(before, after) || STATUS_AFTER.matcher(after).lookingAt()
                        || doubledCaptions && Lexicon.isState(LineCleaner.strip(before))
                        && Words.fold(LineCleaner.strip(before)).equals(Words.fold(LineCleaner.strip(after)))
                        || flagCaptioned && context.flags().isFlag(LineCleaner.strip(before))) {
                    continue;
                }
                if (!oneNamePerLine && !loneSurname || cut.score() >= STRONG_CUT) {
                    out.add(new Seam(i, cut.pos(), new SeamCues().set(SeamCue.MERGED_CUT, cut.score())
                            .set(SeamCue.PARALLEL_COLUMNS, i >= repeat ? -REPEAT_LEFT : 0)));
                }
            }
        }
        return out;
    }

    /** "Coloman of Slavonia  DOW)": a status mark or a closing bracket ends the name before it, never starts one. */
    private static final java.util.regex.Pattern STATUS_AFTER = java.util.regex.Pattern.compile(
            "\\s*(?:[)\\]]|(?:KIA|WIA|DOW|POW|MIA)\\b)");

    private static boolean isHeading(String text) {
        return text.endsWith(":") && text.length() <= 40 && !text.chars().anyMatch(Character::isDigit);
    }

    private static boolean introducesSupporters(TextLine line) {
        return SupportHeadings.isHeading(line.clean()) && SupportHeadings.introducesSupport(line.clean());
    }

    /** "Russia Russian Empire", "Ottoman Empire Ottoman Empire": a flag label, then the name of no other flag. */
    private boolean flagAndName(TextLine line) {
        String clean = line.clean();
        String flag = context.flags().flag(clean);
        String rest = flag.isEmpty() ? "" : clean.substring(Math.min(clean.length(), clean.indexOf(flag) + flag.length())).strip();
        return !rest.isEmpty() && (rest.equals(flag)
                || !context.flags().startsWithFlag(rest) && !context.flags().isFlag(rest));
    }

    /**
     * "Portugal", "Supported by:", "England", "Castile", "Supported by:", "France": where each column has its own
     * heading of supporters, the second column starts at the line before the second heading. -1 without two.
     */
    private static int secondSupported(List<TextLine> lines) {
        int headings = 0;
        for (int i = 0; i < lines.size(); i++) {
            String clean = lines.get(i).clean();
            if (!lines.get(i).blank() && SupportHeadings.isHeading(clean) && SupportHeadings.introducesSupport(clean)
                    && ++headings == 2) {
                int named = i - 1;
                while (named >= 0 && lines.get(named).blank()) {
                    named--;
                }
                return named > 0 && !SupportHeadings.isHeading(lines.get(named).clean()) ? named : -1;
            }
        }
        return -1;
    }

    /**
     * Lines under one flag (a flag label or a flag's file name) stay together; a change of flag is where a column
     * may end, and so is the first line without a flag after flagged ones (a reader kept the flags of one column only).
     */
    private double flagChange(TextLine previous, TextLine line) {
        if (previous == null) {
            return 0;
        }
        String a = flagOf(previous);
        String b = flagOf(line);
        if (a.isEmpty() != b.isEmpty()) {
            return 0.8;
        }
        if (a.isEmpty()) {
            return 0;
        }
        return a.equals(b) ? -1.5 : 1;
    }

    /**
     * "Gran Colombia Antonio de Sucre" above three names without flags: one flag in the whole row says little of where
     * its column ends, as the other column's first flag may be the one a reader lost.
     */
    private static final double LONE_FLAG_SHARE = 0.3;

    /** flags: each line's flag label as {@link #flagOf} reads it, "" for none. */
    private static int flagsInBoth(List<String> flags, int seam) {
        java.util.Set<String> above = new java.util.HashSet<>();
        java.util.Set<String> below = new java.util.HashSet<>();
        for (int i = 0; i < flags.size(); i++) {
            String flag = flags.get(i);
            if (!flag.isEmpty() && !flag.equals(UNNAMED_FLAG)) {
                (i < seam ? above : below).add(flag);
            }
        }
        above.retainAll(below);
        return above.size();
    }

    /** The lines of foreign flags misplaced by this seam, as {@link SeamCue#FOREIGN_FLAGS_ACROSS} counts them. */
    private int foreignFlagsAcross(List<String> flags, int seam) {
        int[] own = new int[2];
        int[] foreign = new int[2];
        for (int i = 0; i < flags.size(); i++) {
            String flag = flags.get(i);
            if (flag.isEmpty() || flag.equals(UNNAMED_FLAG)) {
                continue;
            }
            int column = i < seam ? 0 : 1;
            int side = context.flagSide(flag);
            if (side == column) {
                own[column]++;
            } else if (side == SeamContext.NO_SIDE) {
                foreign[column]++;
            }
        }
        int misplaced = 0;
        for (int column = 0; column < 2; column++) {
            if (own[column] > 0 && own[1 - column] == 0) {
                misplaced += foreign[column];
            }
        }
        return misplaced;
    }

    private String flagOf(TextLine line) {
        String flag = context.flags().flagOrIcon(line);
        return flag.isEmpty() && IMAGE_GAP.matcher(line.raw()).lookingAt() ? UNNAMED_FLAG : flag;
    }

    /** " Holy Roman Empire": the one space a reader left where a flag image stood. */
    private static final java.util.regex.Pattern IMAGE_GAP = java.util.regex.Pattern.compile(" \\p{Lu}");
    private static final String UNNAMED_FLAG = "\u0000image";

    /** Bullets belong to the line above them; a plain line after bullets starts a new block. */
    /**
     * "Earl of Leven," "Earl of Manchester," "Lord Fairfax" then "Prince Rupert,": where names end in commas, a
     * name with a comma runs on into the next line's, and a name without one closes its column.
     */
    private static double commaRun(List<TextLine> lines, TextLine previous) {
        if (previous.clean().endsWith(",")) {
            return -2;
        }
        long named = lines.stream().filter(l -> !l.blank()).count();
        long commas = lines.stream().filter(l -> !l.blank() && l.clean().endsWith(",")).count();
        return commas >= 2 && commas * 3 >= named ? 2 : 0;
    }

    private static double bulletShape(TextLine previous, TextLine line) {
        if (previous == null) {
            return 0;
        }
        boolean bullet = StrengthReader.isBullet(line.clean());
        if (bullet) {
            return -1.5;
        }
        return StrengthReader.isBullet(previous.clean()) ? 1 : 0;
    }

    /**
     * Two columns of figures usually run in the same order ("88 killed, 301 wounded" beside "142 killed, 326
     * wounded"): a line whose kind of figure is the one the section starts with may start the second column (not
     * a line of words after figure-led ones: "Spaniards <160 men" is a note), and so may a seam that leaves both
     * columns ending on the same kind.
     */
    private static double parallelColumns(List<TextLine> lines, int i) {
        String first = figureKind(firstNonBlank(lines));
        String here = figureKind(lines.get(i));
        String before = figureKind(previousText(lines, i));
        String last = figureKind(lastNonBlank(lines));
        double s = 0;
        if (first != null && first.equals(here)
                && (opensWithFigure(lines.get(i).clean()) || !opensWithFigure(firstNonBlank(lines).clean()))) {
            s += 2;
        }
        if (last != null && last.equals(before) && lastNonBlank(lines) != previousText(lines, i)
                && figureKind(lines.get(i)) != null) {
            s += 0.8;
        }
        return s + (heavierShipsAfter(previousText(lines, i), lines.get(i)) ? HEAVIER_RESTART : 0);
    }

    /**
     * "4 light cruisers / 8 destroyers / 2 heavy cruisers / 2 light cruisers": each side lists its ships heaviest
     * first, so a heavier class after a lighter one starts the other column.
     */
    private static boolean heavierShipsAfter(TextLine previous, TextLine line) {
        int before = shipClass(previous);
        int here = shipClass(line);
        return before >= 0 && here >= 0 && here < before && opensWithFigure(line.clean());
    }

    private static final double HEAVIER_RESTART = 2.5;

    /** Heaviest first: battleships, carriers, heavy cruisers, cruisers, destroyers, escorts, submarines; -1 for none. */
    private static int shipClass(TextLine line) {
        if (line == null) {
            return -1;
        }
        String text = line.clean().toLowerCase(java.util.Locale.ROOT);
        for (int rank = 0; rank < SHIP_CLASSES.size(); rank++) {
            if (SHIP_CLASSES.get(rank).matcher(text).find()) {
                return rank;
            }
        }
        return -1;
    }

    private static final List<java.util.regex.Pattern> SHIP_CLASSES = java.util.stream.Stream.of(
            "battleships?|battlecruisers?", "(?:aircraft |escort |light )?carriers?", "heavy cruisers?",
            "(?:light |armou?red |protected )?cruisers?", "destroyers?(?! escort)", "destroyer escorts?|frigates?|corvettes?",
            "submarines?").map(c -> java.util.regex.Pattern.compile("^\\D*\\d[\\d,]*\\s+(?:" + c + ")\\b")).toList();

    /** A column that would count its first kind of figure twice over ("300 killed" ... "64 killed"). */
    private static final double REPEAT_LEFT = 2;

    /**
     * "300 killed", "700 wounded", "64 killed": the first line after the section's first that opens with a figure of
     * the same kind, where the second column starts at the latest; lines.size() when none does, when a heading
     * between them ("Hessians:") makes the repeat one side's sub-group, or when the figures are rival claims.
     */
    private static int firstKindRepeat(List<TextLine> lines) {
        TextLine first = firstNonBlank(lines);
        String kind = figureKind(first);
        if (kind == null || !opensWithFigure(first.clean())) {
            return lines.size();
        }
        int start = lines.indexOf(first);
        for (int i = start; i < lines.size(); i++) {
            String text = lines.get(i).clean();
            if (text.endsWith(":") || isTotal(lines.get(i)) || StrengthReader.isBullet(text)
                    || CLAIM_WORD.matcher(text).find()) {
                return lines.size();
            }
            if (i > start && opensWithFigure(text) && kind.equals(figureKind(lines.get(i)))) {
                return i;
            }
        }
        return lines.size();
    }

    private static final java.util.regex.Pattern CLAIM_WORD = java.util.regex.Pattern.compile(
            "(?i)\\b(?:claims?|claimed|according|sources?|estimates?|estimated|reported|other)\\b");

    /** "64 killed", "~700 wounded", "c. 600 killed": a line led by its figure, not by a name or a note. */
    private static boolean opensWithFigure(String text) {
        return FIGURE_FIRST.matcher(text).lookingAt();
    }

    private static final java.util.regex.Pattern FIGURE_FIRST = java.util.regex.Pattern.compile(
            "(?i)(?:c\\.|ca\\.|circa|about|around|approx\\.?|over|under|at least|up to|[~≈<>+])?\\s*\\d");

    /** "60,504 total casualties": a figure given as a column's total. */
    private static final java.util.regex.Pattern FIGURE_TOTAL = java.util.regex.Pattern.compile(
            "(?:c\\. ?|~)?\\d[\\d,.]*\\+? total\\b.*");

    /** A column's total right above another's ("60,504 total casualties" over "63,590 total casualties"). */
    private static final double TOTAL_OVER_TOTAL = 2.5;

    /**
     * A "Total:" line sums the lines above it, so it ends a column; when the section opens with a total, or the total
     * heads bulleted parts ("Total: 13,550", "• 11,860 Austrians"), totals lead their columns instead. A bulleted total
     * among bulleted parts ("• Garrison: 9,250", "• Total: 65,787") is the last of them.
     */
    private static double totals(TextLine first, TextLine previous, TextLine line, TextLine next) {
        if (previous != null && FIGURE_TOTAL.matcher(previous.clean()).matches()
                && FIGURE_TOTAL.matcher(line.clean()).matches()) {
            return TOTAL_OVER_TOTAL;
        }
        if (isTotal(line) && !StrengthReader.isBullet(line.clean()) && next != null
                && StrengthReader.isBullet(next.clean()) && !isTotal(first)) {
            return TOTAL_OVER_PARTS;
        }
        if (isTotal(first)) {
            return isTotal(line) ? 1.5 : 0;
        }
        return (isTotal(previous) ? 1.5 : 0) - (isTotal(line) ? 1.5 : 0);
    }

    /** A total over bulleted parts heads a block as a blank line and a figure of the first line's kind do together. */
    private static final double TOTAL_OVER_PARTS = 4;

    private static TextLine nextText(List<TextLine> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).blank()) {
                return lines.get(j);
            }
        }
        return null;
    }

    private static boolean isTotal(TextLine line) {
        List<String> words = Words.tokens(line.clean());
        return !words.isEmpty() && words.get(0).equals("total");
    }

    /** The word that says what a line's first figure counts ("killed", "wounded", "infantry", "ships"). */
    static String figureKind(TextLine line) {
        if (line == null) {
            return null;
        }
        String text = line.clean();
        List<Quantity> qs = Quantity.scan(text);
        if (qs.isEmpty()) {
            return null;
        }
        for (String w : text.substring(qs.get(0).end()).split("[^\\p{L}]+")) {
            if (w.length() > 2) {
                return w.toLowerCase(java.util.Locale.ROOT);
            }
        }
        return qs.size() == 1 && qs.get(0).start() == 0 && LineCleaner.strip(text.substring(qs.get(0).end())).isBlank()
                ? BARE_FIGURE : null;
    }

    /** "25,000" over "3 protected cruisers", then "10,600": a line holding one figure and nothing else. */
    private static final String BARE_FIGURE = "#";

    private static TextLine firstNonBlank(List<TextLine> lines) {
        for (int j = 0; j < lines.size(); j++) {
            if (!lines.get(j).blank()) {
                return lines.get(j);
            }
        }
        return null;
    }

    private static TextLine lastNonBlank(List<TextLine> lines) {
        for (int j = lines.size() - 1; j >= 0; j--) {
            if (!lines.get(j).blank()) {
                return lines.get(j);
            }
        }
        return null;
    }

    private static TextLine previousText(List<TextLine> lines, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!lines.get(j).blank()) {
                return lines.get(j);
            }
        }
        return null;
    }

    /** "2 guns lost", "", "Great Britain": a state's name after a figure row's last line is a legend, not a column. */
    private static void dropTrailingStates(List<TextLine> content) {
        int last = content.size() - 1;
        while (last > 0 && (content.get(last).blank() || Lexicon.isState(Lexicon.key(NameCleaner.trimMarks(
                content.get(last).clean()))) || isNameAfterBlank(content, last)
                || BARE_TOTAL.matcher(content.get(last).clean()).matches())
                && content.subList(0, last).stream().anyMatch(l -> !l.blank())) {
            content.remove(last--);
        }
    }

    /** "9,400:", "20,000:" after the losses: the totals above printed again below the box, with nothing under them. */
    private static final java.util.regex.Pattern BARE_TOTAL = java.util.regex.Pattern.compile(
            "[~c.\\s]*\\d[\\d,.]*(?:\\s*[–-]\\s*\\d[\\d,.]*)?\\+?\\s*:");

    /** "", "Mughal Empire", "", "Shah Alam II" after the losses: names a reader left below the box, not figures. */
    private static boolean isNameAfterBlank(List<TextLine> content, int i) {
        String[] words = content.get(i).clean().split(" ");
        return i > 0 && content.get(i - 1).blank() && words.length >= 2 && words.length <= 5
                && java.util.Arrays.stream(words).allMatch(w -> Words.capitalized(w) && w.chars().noneMatch(Character::isDigit)
                || w.equals("of"));
    }

    /**
     * The tokens where the line as written shows a cell's end: after a wide space, or glued to the cell before
     * (not among commanders, where a glued line is more often a stray row than two people).
     */
    static java.util.Set<Integer> seamsAsWritten(TextLine line, Section kind) {
        java.util.Set<Integer> seams = new java.util.HashSet<>(wideGaps(line));
        if (kind != Section.COMMANDERS) {
            seams.addAll(gluedCells(line));
        }
        return seams;
    }

    /**
     * The tokens of the tagged line that the line as written glued to the token before them, where the cleaner
     * split two words ("...of the PlainsForces of ...", "cavalry of 900About 20,000").
     */
    static java.util.Set<Integer> gluedCells(TextLine line) {
        String raw = line.raw();
        if (!LineCleaner.hasGluedWords(raw)) {
            return java.util.Set.of();
        }
        String[] tokens = line.tagged().split(" ");
        java.util.Set<Integer> glued = new java.util.HashSet<>();
        for (int j = 1; j < tokens.length; j++) {
            String pair = tokens[j - 1] + tokens[j];
            if (LineCleaner.gluedAt(pair, tokens[j - 1].length()) && raw.contains(pair)) {
                glued.add(j);
            }
        }
        return glued;
    }

    /**
     * The tokens that follow a run of two or more spaces in the line as written: where a reader dropped a flag
     * icon between two names. Only when the written line has the same tokens as its tagged form.
     */
    static java.util.Set<Integer> wideGaps(TextLine line) {
        String raw = LineCleaner.unifySpaces(line.raw()).strip();
        if (raw.indexOf("  ") < 0) {
            return java.util.Set.of();
        }
        String[] tokens = raw.split(" +");
        if (tokens.length != line.tagged().split(" ").length) {
            return java.util.Set.of();
        }
        java.util.Set<Integer> gaps = new java.util.HashSet<>();
        int token = 0;
        for (int i = 1; i < raw.length(); i++) {
            if (raw.charAt(i) != ' ' && raw.charAt(i - 1) == ' ') {
                token++;
                if (i >= 2 && raw.charAt(i - 2) == ' ') {
                    gaps.add(token);
                }
            }
        }
        return gaps;
    }

    /**
     * "Principality of Rostov" above "Principality of Murom": a run of lines styled alike ("X of ...") lists one
     * side's members more often than it crosses from one side to the other.
     */
    private static double sameStyle(TextLine previous, TextLine line) {
        java.util.regex.Matcher a = STYLED.matcher(previous.clean());
        java.util.regex.Matcher b = STYLED.matcher(line.clean());
        return a.lookingAt() && b.lookingAt() && a.group(1).equalsIgnoreCase(b.group(1)) ? 1 : 0;
    }

    private static final java.util.regex.Pattern STYLED = java.util.regex.Pattern.compile("(\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?) of ");

    /** "Antonio López de Santa Anna", "Siraj ud-Daulah (Executed)": 4 and 2, the words of a name with a capital. */
    private static int nameWords(String text) {
        int n = 0;
        for (String w : text.replaceAll("\\([^()]*\\)", " ").strip().split("\\s+")) {
            if (w.codePoints().anyMatch(Character::isUpperCase)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Plain names down to here and ranked ones from here ("Maj Gen. Sir George Colley"), or the other way round:
     * the two columns were written in two styles.
     */
    private static double rankShift(List<TextLine> lines, int at) {
        java.util.Set<Boolean> before = new java.util.HashSet<>();
        java.util.Set<Boolean> after = new java.util.HashSet<>();
        for (int j = 0; j < lines.size(); j++) {
            if (!lines.get(j).blank()) {
                String text = lines.get(j).clean();
                (j < at ? before : after).add(!CommanderReader.stripRanks(text).equals(text));
            }
        }
        return before.size() == 1 && after.size() == 1 && !before.equals(after) ? 1.0 : 0;
    }

    /**
     * "Maj Gen. Sir George Pomeroy | Colley": a line that opens with a rank names one person, so a cut inside a short
     * name after it splits that person, unless a given name starts the words after the cut ("Sir Arthur Wellesley |
     * Jean-Andoche Junot").
     */
    private static boolean insideRankedName(String beforeCut, String afterCut, Section kind) {
        if (kind != Section.COMMANDERS) {
            return false;
        }
        String before = beforeCut.strip();
        String name = CommanderReader.stripRanks(before);
        String after = afterCut.strip();
        return !name.equals(before) && CommanderReader.stripRanks(after).equals(after)
                && name.split("\\s+").length <= 3 && after.split("\\s+").length <= 2
                && !Lexicon.isGivenName(after.split("\\s+")[0]);
    }

    /**
     * "Arms of France.svg France Statenvlag.svg Dutch Republic" printed as one line: a reader puts each flagged entry
     * of a cell on a line of its own, so two flagged entries on one line are where the first column's cell ended
     * and the second's began.
     */
    private static double iconsOnOneLine(TextLine previous, TextLine line, Section kind) {
        return kind == Section.BELLIGERENTS && previous.number() == line.number() && !previous.icon().isEmpty()
                && !line.icon().isEmpty() ? 2 : 0;
    }

    /** "and 2 machine guns", "plus 400 militia": a line that starts with a conjunction goes on with the one above. */
    private static final java.util.regex.Pattern GOES_ON = java.util.regex.Pattern.compile("(?:and|or|plus|with) ");
    /** A cut right after "and" leaves a column ending on the conjunction: never where two columns meet. */
    private static final java.util.regex.Pattern DANGLING = java.util.regex.Pattern.compile("(?:^|\\s)(?:and|or|plus|with)\\s*$");

    /** "Province of Hanover" before "Hanover": a flag's caption that ends in the name it stands beside. */
    private static boolean endsInTitleOf(String left, String name) {
        String[] words = left.split("\\s+");
        return !name.isEmpty() && Words.capitalized(name) && words.length <= 5 && left.endsWith(" of " + name)
                && Words.capitalized(words[0]);
    }

    /**
     * "United Kingdom of Great Britain and Ireland | United Kingdom": a flag's caption in a state's long form, then
     * the short name it stands for, or the other way round. The two are one entry, so no column ends between them.
     */
    static boolean captionOfNext(String before, String after) {
        String[] next = after.strip().split("\\s+");
        String left = before.strip();
        if (endsInTitleOf(left, after.strip())) {
            return true;
        }
        for (int k = Math.min(4, next.length); k >= 1; k--) {
            String name = String.join(" ", java.util.Arrays.copyOf(next, k));
            int at = left.lastIndexOf(name + " of ");
            boolean nameEnds = k == next.length || Words.capitalized(next[k]);
            if (at >= 0 && nameEnds && (at == 0 || left.charAt(at - 1) == ' ') && Words.capitalized(next[0])
                    && left.substring(at).split("\\s+").length <= 8 && Lexicon.isLongFormOf(left.substring(at), name)) {
                return true;
            }
        }
        return labelOfNext(left.split("\\s+"), next);
    }

    /**
     * "Spain | Kingdom of Spain", "Varnland | Duchy of Varnland": a flag's short label, then the state's long form
     * ending in it (a realm's title before "of" names a state the lexicon may not know).
     */
    private static boolean labelOfNext(String[] before, String[] next) {
        for (int k = Math.min(3, before.length); k >= 1; k--) {
            String label = String.join(" ", java.util.Arrays.copyOfRange(before, before.length - k, before.length));
            if (!Words.capitalized(label)) {
                continue;
            }
            for (int end = k + 2; end <= Math.min(next.length, k + 4); end++) {
                String longForm = String.join(" ", java.util.Arrays.copyOf(next, end));
                if (longForm.endsWith(" of " + label) && (Lexicon.isState(label) && Lexicon.isState(longForm)
                        || REALM_OF.matcher(longForm).lookingAt())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern REALM_OF = java.util.regex.Pattern.compile("(?:Grand )?(?:Kingdom"
            + "|Duchy|Archduchy|Principality|Electorate|Margraviate|Landgraviate|County|Sultanate|Emirate|Khanate"
            + "|Tsardom|Bishopric|Prince-Bishopric|Republic|Empire) of \\p{Lu}");

    /** Keeps paired claim lines ("opposition claim" / "government claim") in one column. */
    private static double cohesion(List<TextLine> lines, int i) {
        String prev = lines.get(i - 1).clean().toLowerCase();
        String next = lines.get(i).clean().toLowerCase();
        return prev.contains(" claim") && next.contains(" claim") ? 1.5 : 0;
    }

    /** How well the seam puts side 0's names before it and side 1's after it; lean holds prefix sums per line. */
    private double affinity(List<TextLine> lines, Seam seam, double[] lean) {
        if (!context.sidesKnown()) {
            return 0;
        }
        int at = seam.line();
        double score = lean[at] - (lean[lines.size()] - lean[at + 1]);
        if (seam.pos() == 0) {
            score -= lean[at + 1] - lean[at];
        } else {
            String tagged = lines.get(at).tagged();
            score += context.lean(LineCleaner.strip(tagged.substring(0, seam.pos())));
            score -= context.lean(LineCleaner.strip(tagged.substring(seam.pos())));
        }
        return score;
    }

    /** How many more filled lines one column gets than the other. */
    private static double imbalance(Seam seam, int[] filled) {
        int at = seam.line();
        int left = filled[at] + (seam.pos() > 0 ? 1 : 0);
        int right = filled[filled.length - 1] - filled[at];
        return Math.abs(left - right);
    }

    private static Split cut(List<TextLine> lines, Seam seam, double confidence) {
        List<Piece> left = pieces(lines, 0, seam.line());
        List<Piece> right = new ArrayList<>();
        TextLine at = lines.get(seam.line());
        if (seam.pos() > 0) {
            left.add(new Piece(at, at.tagged().substring(0, seam.pos()).strip()));
            right.add(new Piece(at, at.tagged().substring(seam.pos()).strip()));
        } else {
            right.add(at.whole());
        }
        right.addAll(pieces(lines, seam.line() + 1, lines.size()));
        return new Split(left, right, confidence);
    }

    private static List<Piece> pieces(List<TextLine> lines, int from, int to) {
        List<Piece> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(lines.get(i).whole());
        }
        return out;
    }
}
