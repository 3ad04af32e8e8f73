package org.battlequiz.article;

import java.util.regex.Pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Candidate points inside one line where two infobox columns were glued together, each with a score. */
final class MergedLineSeams {
    private static final Pattern NOT_WORD = Pattern.compile("[\\[\\]0-9]");
    private static final Pattern STATUS = Pattern.compile("\\((KIA|WIA|DOW|POW|MIA|Executed|executed|surrendered|Surrendered)\\)");
    private static final Pattern BARE_STATUS = Pattern.compile("\\b(KIA|WIA|DOW|POW|Executed|Surrendered)\\b");
    private static final Pattern PAGE = Pattern.compile(":(pp?\\. ?)?[0-9ivxlc]{1,6}([–-][0-9]{1,6})?");
    private static final Pattern MARKERS = Pattern.compile("\\[[^\\]]*\\]");
    private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.){1,4}");
    private static final Pattern ROMAN = Pattern.compile("[IVXL]{1,5}[,.]?");
    record Cut(int pos, double score) {
    }

    static final Set<String> TITLES = Set.of("king", "queen", "emperor", "empress", "prince", "princess", "earl",
            "duke", "lord", "lady", "count", "countess", "sir", "baron", "marquess", "marquis", "viscount", "tsar",
            "czar", "sultan", "khan", "caliph", "pharaoh", "shah", "emir", "kingdom", "duchy", "principality",
            "general", "marshal", "admiral", "consul", "chancellor", "president", "pope", "archduke", "grand");
    /** "Crown Prince", "Grand Duke", "Vice Admiral": a title of two words is never two people's. */
    private static final Set<String> TITLE_HEADS = Set.of("crown", "grand", "vice", "rear", "prince", "lord", "high");
    static final Set<String> RANKS = Set.of("lt", "col", "gen", "maj", "capt", "brig", "adm", "sgt", "cdr", "lt.",
            "col.", "gen.", "maj.", "capt.", "brig.", "adm.", "st.", "dr.", "mr.", "jr.", "sr.", "field", "lieutenant",
            "colonel", "major", "captain", "brigadier", "commander", "commodore", "vice", "rear");
    /** "Joseon navy", "Royal Army": the words that end a force's name. */
    static final Set<String> UNIT_HEADS = Set.of("army", "front", "division", "corps", "legion", "brigade",
            "regiment", "fleet", "group", "battalion", "squadron", "flotilla", "navy", "force", "forces", "guard",
            "guards", "militia", "company", "wing", "command", "detachment", "column", "contingent");
    private static final Set<String> NUMBER_LEADS = Set.of("and", "or", "to", "of", "by", "than", "from", "between",
            "about", "circa", "c.", "approximately", "over", "under", "at", "least", "some", "around", "including",
            "incl.", "with", "plus", "nearly", "almost", "total", "estimated", "est.", "up", "another", "in", "on",
            "mid", "late", "early", "roughly", "ca.", "approx.", "~", "only", "the", "a", "just", "out", "per", "be", "is",
            "are", "was", "were", "numbered", "numbering", "had", "has", "have", "estimates", "sources");

    /** "South American", "North Vietnam": a point of the compass names a region with the word after it. */
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central");

    /** "Abu", "Umm": a kunya starts a name and joins the word after it. */
    private static final Set<String> KIN_PARTICLES = Set.of("abu", "umm", "abd", "abdul");

    /** "30 - 40 guns": a dash standing between two figures joins them into a range. */
    private static final Pattern RANGE_DASH = Pattern.compile("[-–—]");

    private static final Set<String> APPROX = Set.of("c.", "ca.", "circa", "about", "approx.", "approximately", "est.",
            "estimated");

    /** "c. 7,000", "c. est. 7,000": one or two words of estimate, then a figure, from span j on. */
    private static boolean approximateFigure(String tagged, List<int[]> spans, int j) {
        for (int k = j; k < spans.size() && k < j + 3; k++) {
            String word = tagged.substring(spans.get(k)[0], spans.get(k)[1]);
            if (Character.isDigit(word.charAt(0))) {
                return k > j;
            }
            if (!APPROX.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return false;
    }

    private static final int MAX_MERGED_LINE = 600;
    /** "18,000" then "12,000" or "about 12,000": a whole figure in thousands ends, another figure begins. */
    private static final java.util.regex.Pattern GROUPED_FIGURE = java.util.regex.Pattern.compile("~?\\d{1,3}(,\\d{3})+(?:[–—-]\\d{1,3}(,\\d{3})+)?\\+?");
    /** "550-700" then "1,000 regulars": a range of two figures ends, another figure begins. */
    private static final java.util.regex.Pattern FIGURE_RANGE = java.util.regex.Pattern.compile(
            "~?\\d{1,3}(,\\d{3})*[–—-]\\d{1,3}(,\\d{3})*\\+?");
    /** Both halves are names the body uses whole ("Winfield Scott" | "Santa Anna"): two people, not one. */
    private static final double BOTH_NAMED_IN_BODY = 0.5;

    private MergedLineSeams() {
    }

    /** "France French Empire Seventh Coalition:": a heading that ends the line opens the other column's list. */
    private static boolean endsInHeading(String left, String right, String prev, String next) {
        String p = Words.fold(prev);
        boolean joined = p.equals("per") || Words.CONNECTORS.contains(p);
        return right.endsWith(":") && !left.endsWith(":") && !joined && Words.capitalized(next)
                && Words.tokens(right).size() <= 3 && Words.tokens(left).size() >= 2;
    }

    /** "Pyotr | Varn", "Pyotr | K. Varn" at the end of a line: a given name and the surname after it are one man's name. */
    static boolean givenNameBeforeItsSurname(String prev, String right) {
        String surname = right.strip().replaceFirst("^(?:\\p{Lu}\\.\\s*){1,3}(?=\\p{Lu}\\p{Ll})", "");
        List<String> rest = Words.tokens(surname);
        return Lexicon.isGivenName(prev) && rest.size() == 1 && Words.capitalized(surname)
                && !Lexicon.isGivenName(surname);
    }

    /** "Tolm monarchy | Tolm monarchy" after other names: a flag's caption and the name it doubles are one entry. */
    private static boolean splitsADoubledName(String left, String right) {
        List<String> l = Words.tokens(left);
        List<String> r = Words.tokens(right);
        return r.size() <= 3 && l.size() > r.size() && l.subList(l.size() - r.size(), l.size()).equals(r);
    }

    /**
     * "18th" in "Robert Munro, 18th Baron of Foulis", "First" in "First French Republic": an ordinal belongs to the
     * title or name after it, so no column ends on it.
     */
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile(
            "\\d{1,3}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth");

    static List<Cut> cuts(String tagged, Section kind, SeamContext ctx, String sectionFirstLine) {
        return cuts(tagged, kind, ctx, sectionFirstLine, java.util.Set.of());
    }

    /** "Ming defenders of Shanhai | Pass" where the body speaks of "Shanhai Pass": two words of one name. */
    private static boolean namedTogetherInBody(SeamContext ctx, String prev, String next) {
        return Words.capitalized(prev) && Words.capitalized(next) && ctx.writesTogether(prev, next);
    }

    /** wideGaps: indexes of the tokens that a lost icon's wide space came before in the line as written. */
    static List<Cut> cuts(String tagged, Section kind, SeamContext ctx, String sectionFirstLine,
                          java.util.Set<Integer> wideGaps) {
        List<Cut> out = new ArrayList<>();
        if (tagged.length() > MAX_MERGED_LINE) {
            return out;
        }
        List<int[]> spans = spans(tagged);
        boolean names = kind == Section.BELLIGERENTS || kind == Section.COMMANDERS || kind == Section.UNITS;
        String whole = LineCleaner.strip(tagged);
        boolean wholeKnown = names && ctx.inBody(stripStatus(whole)) && Words.tokens(whole).size() > 1;
        String[] lefts = new String[spans.size() + 1];
        String[] rights = new String[spans.size() + 1];
        lefts[0] = "";
        rights[spans.size()] = "";
        for (int j = 0; j < spans.size(); j++) {
            String t = LineCleaner.strip(tagged.substring(spans.get(j)[0], spans.get(j)[1]));
            lefts[j + 1] = t.isEmpty() ? lefts[j] : lefts[j].isEmpty() ? t : lefts[j] + " " + t;
        }
        for (int j = spans.size() - 1; j >= 0; j--) {
            String t = LineCleaner.strip(tagged.substring(spans.get(j)[0], spans.get(j)[1]));
            rights[j] = t.isEmpty() ? rights[j + 1] : rights[j + 1].isEmpty() ? t : t + " " + rights[j + 1];
        }
        boolean[] insideState = names ? insideStates(tagged, spans) : new boolean[spans.size() + 1];
        for (int j = 1; j < spans.size(); j++) {
            String prev = tagged.substring(spans.get(j - 1)[0], spans.get(j - 1)[1]);
            if (insideState[j] || insideParentheses(tagged, spans.get(j)[0]) || ORDINAL.matcher(prev).matches()
                    || RANGE_DASH.matcher(prev).matches()) {
                continue;
            }
            String next = tagged.substring(spans.get(j)[0], spans.get(j)[1]);
            if (TITLE_HEADS.contains(Words.fold(prev)) && TITLES.contains(Words.fold(next))
                    || names && COMPASS.contains(Words.fold(prev)) && Words.capitalized(next)) {
                continue;
            }
            // "Union  Confederacy": a lost icon's wide space parts two names that would read as one ("Iroquois Confederacy").
            if (kind == Section.BELLIGERENTS && !wideGaps.contains(j) && isAdjectiveOfHead(prev, next)) {
                continue;
            }
            int pos = spans.get(j)[0];
            String left = lefts[j];
            String right = rights[j];
            if (left.isEmpty() || right.isEmpty() || names && isStatus(next) || names && splitsADoubledName(left, right)
                    || kind == Section.COMMANDERS && Lexicon.isPraenomen(prev) && Words.capitalized(next)
                    || kind == Section.COMMANDERS && givenNameBeforeItsSurname(prev, right)
                    || names && namedTogetherInBody(ctx, prev, next)) {
                continue;
            }
            double s = Double.NEGATIVE_INFINITY;
            boolean figure = Character.isDigit(next.charAt(0)) || next.startsWith("~") || approximateFigure(tagged, spans, j);
            boolean upper = Words.capitalized(next) || figure;
            if (endsWithMarker(prev) && upper) {
                s = Math.max(s, 3);
            }
            if (isStatus(prev) && Words.capitalized(next)) {
                s = Math.max(s, 3);
            }
            if (prev.endsWith(")") && upper) {
                s = Math.max(s, 2.5);
            }
            if (sentenceEnd(prev) && Words.capitalized(next)) {
                s = Math.max(s, 1.5);
            }
            if (NameCleaner.isPlaceholder(left) && upper && (names || Quantity.scan(left).isEmpty())) {
                s = Math.max(s, 2.5);
            }
            if (sectionFirstLine.endsWith(":") && right.equals(sectionFirstLine)) {
                s = Math.max(s, 4);
            }
            if (isRepeat(left, right) && !(names && isKnownState(left))) {
                s = Math.max(s, 5);
            }
            if ((kind == Section.BELLIGERENTS || kind == Section.COMMANDERS && Words.tokens(left).size() + Words.tokens(right).size() >= 5)
                    && endsInHeading(left, right, prev, next)) {
                s = Math.max(s, 4);
            }
            if (names && ctx.flags().startsWithFlag(right) && !Words.CONNECTORS.contains(Words.fold(prev))) {
                s = Math.max(s, 3.5);
            }
            boolean twoStatesApart = kind == Section.BELLIGERENTS && wideGaps.contains(j) && Lexicon.isState(left)
                    && Lexicon.isState(right);
            if (names && ctx.flags().labelsNext(left, right) && !twoStatesApart
                    || kind != Section.BELLIGERENTS && names && ctx.flags().isFlag(left)
                    || kind == Section.COMMANDERS && (ctx.flags().trailingFlagWords(left, 1) > 0
                    || sameFlag(ctx, left, right))) {
                continue;
            }
            if (kind == Section.BELLIGERENTS && Words.capitalized(next) && !Words.CONNECTORS.contains(Words.fold(prev))
                    && Lexicon.leadingState(List.of((right + " .").split(" "))) > 0) {
                s = Math.max(s, 1.5);
            }
            if (kind == Section.COMMANDERS && Lexicon.isPraenomen(next) && Words.tokens(left).size() >= 2
                    && Words.tokens(right).size() >= 2) {
                s = Math.max(s, PRAENOMEN_NEXT);
            }
            if (kind == Section.BELLIGERENTS && spans.size() == 2 && pluralPeople(prev) && pluralPeople(next)) {
                s = Math.max(s, TWO_PEOPLES);
            }
            if (kind == Section.BELLIGERENTS && Words.capitalized(next) && isCaptionedName(left)) {
                s = Math.max(s, 3);
            }
            if (kind == Section.BELLIGERENTS && startsWithNationality(left, prev, next)) {
                s = Math.max(s, 1.6);
            }
            if (kind == Section.BELLIGERENTS && endsForceName(left, prev, next)) {
                s = Math.max(s, 2);
            }
            if (kind == Section.COMMANDERS && Lexicon.isRank(next) && !Lexicon.isRank(prev)
                    && Lexicon.leadingTitles(left.split(" ")) > 0 && Words.tokens(left).size() >= 3
                    && Lexicon.leadingTitles(right.split(" ")) > 0) {
                s = Math.max(s, RANKED_NEXT);
            }
            if (kind == Section.COMMANDERS && Lexicon.isRank(next) && !Lexicon.isRank(prev) && Words.capitalized(prev)
                    && Words.tokens(left).size() >= 2 && Words.tokens(right).size() >= 3) {
                s = Math.max(s, RANK_OPENS_NEXT);
            }
            if (names && missingComma(tagged, pos)) {
                s = Math.max(s, 3.2);
            }
            if (wideGaps.contains(j) && Words.capitalized(next) && CommanderReader.statusOf(next) == null
                    && !isStatus(next)) {
                s = Math.max(s, 4);
            }
            if (!names && figure && isWord(prev) && !Quantity.scan(right).isEmpty() && !ctx.flags().isFlag(left)
                    && !NUMBER_LEADS.contains(prev.toLowerCase()) && !DateParser.isMonth(prev)) {
                s = Math.max(s, 2.5);
            }
            if (!names && figure && (GROUPED_FIGURE.matcher(prev).matches() || FIGURE_RANGE.matcher(prev).matches())) {
                s = Math.max(s, 2.5);
            }
            if (!names && isWord(prev) && prev.equals(prev.toLowerCase()) && Words.capitalized(next)
                    && !ctx.isKnownProper(next) && !DateParser.isMonth(next)) {
                s = Math.max(s, 1.2);
            }
            if (names) {
                s = Math.max(s, nameCut(prev, next, left, right, spans.size(), tagged, spans, ctx)
                        - (wholeKnown ? 1.5 : 0));
            }
            if (s > Double.NEGATIVE_INFINITY) {
                out.add(new Cut(pos, s));
            }
        }
        java.util.regex.Matcher unknown = UNKNOWN_OTHER_SIDE.matcher(tagged);
        if (kind == Section.COMMANDERS && unknown.find()
                && Words.tokens(tagged.substring(0, unknown.start())).size() >= 2) {
            out.removeIf(c -> c.pos() >= unknown.start());
            out.add(new Cut(unknown.start(1), UNKNOWN_CUT));
        }
        return out;
    }

    /** "Populares Optimates": two peoples or factions, each one plural word, are two belligerents. */
    private static boolean pluralPeople(String word) {
        return PLURAL_WORD.matcher(word).matches() && !Lexicon.isState(word);
    }

    private static final Pattern PLURAL_WORD = Pattern.compile("\\p{Lu}\\p{Ll}{3,}(?:s|ae|[bcdfgklmnprstv]i)");
    private static final double TWO_PEOPLES = 2;
    /** "Gnaeus Pompeius Magnus | Gaius Julius Caesar": a Roman's praenomen opens his name, never ends another's. */
    private static final double PRAENOMEN_NEXT = 2;

    /** "General Ali Hasan Al-Majid | Brigadier General Richard Natonski": each column's man opens with his rank. */
    private static final double RANKED_NEXT = 2.5;

    /** "Paul Ludwig Ewald von Kleist | Colonel-General Mikhail Kirponos": a rank opens the next man's name. */
    private static final double RANK_OPENS_NEXT = 1.5;

    /** "Tolm Empire Piet Hale | Tolm Empire Edric Varn": two men under one flag are of one column. */
    private static boolean sameFlag(SeamContext ctx, String left, String right) {
        String flag = ctx.flags().flag(left);
        return !flag.isEmpty() && flag.equals(ctx.flags().flag(right));
    }

    /** "Edric Varnley unknown": the other column's commander was not known, and that column is the word alone. */
    private static final java.util.regex.Pattern UNKNOWN_OTHER_SIDE = java.util.regex.Pattern.compile(
            "(?<=\\p{L})\\s+((?i:unknown|unnamed))\\s*$");

    private static final double UNKNOWN_CUT = 3;

    /** "East India Company East India Co.": the whole text is a flag's caption, then the name it captions. */
    static boolean isCaptionedName(String text) {
        String[] words = text.split(" ");
        if (words.length < 2 || words.length % 2 != 0) {
            return false;
        }
        int half = words.length / 2;
        for (int i = 0; i < half; i++) {
            String caption = words[i];
            String name = words[half + i];
            boolean shortened = name.endsWith(".") && name.length() > 2
                    && caption.startsWith(name.substring(0, name.length() - 1));
            if (!caption.equals(name) && !shortened) {
                return false;
            }
        }
        return Character.isUpperCase(words[0].charAt(0));
    }

    /** "Mexican Republic", "Ottoman Empire", "Swedish Army": a people's adjective and the state or force it names. */
    private static final Set<String> STATE_HEADS = Set.of("republic", "empire", "kingdom", "confederacy",
            "confederation", "federation", "union", "sultanate", "khanate", "caliphate", "emirate", "state", "states");

    private static boolean isAdjectiveOfHead(String prev, String next) {
        String head = Words.fold(next);
        return (STATE_HEADS.contains(head) || UNIT_HEADS.contains(head)) && !Lexicon.namedBy(prev).isEmpty();
    }

    /** "Scottish Covenanters | English Parliamentarians": a people's adjective opens a belligerent's name. */
    private static boolean startsWithNationality(String left, String prev, String next) {
        return Words.tokens(left).size() >= 2 && !Words.CONNECTORS.contains(Words.fold(prev))
                && !Lexicon.namedBy(next).isEmpty() && Lexicon.namedBy(prev).isEmpty()
                && !TITLES.contains(Words.fold(prev));
    }

    /** "East India Company | Peshwa faction": a force's name ends in its head word, and a capital opens the next. */
    private static boolean endsForceName(String left, String prev, String next) {
        return UNIT_HEADS.contains(Words.fold(prev)) && Words.tokens(left).size() >= 2 && Words.capitalized(next)
                && !UNIT_HEADS.contains(Words.fold(next)) && !Words.CONNECTORS.contains(Words.fold(next));
    }

    /** "Vladimir Putin (from 31 December)": a column never ends inside a parenthesis it opened. */
    private static boolean insideParentheses(String tagged, int pos) {
        int depth = 0;
        for (int i = 0; i < pos; i++) {
            char c = tagged.charAt(i);
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
        }
        return depth > 0;
    }

    /** For each token boundary, whether it falls inside the name of a state the lexicon knows. */
    private static boolean[] insideStates(String tagged, List<int[]> spans) {
        boolean[] inside = new boolean[spans.size() + 1];
        List<String> words = new ArrayList<>();
        for (int[] sp : spans) {
            words.add(LineCleaner.strip(tagged.substring(sp[0], sp[1])));
        }
        words.add("");
        for (int k = 0; k < spans.size(); k++) {
            int n = Lexicon.leadingState(words.subList(k, words.size()));
            for (int j = k + 1; j < k + n; j++) {
                inside[j] = true;
            }
        }
        return inside;
    }

    /** In a comma list of names, a cut inside one item that leaves two words on each side is a lost comma. */
    private static boolean missingComma(String tagged, int pos) {
        if (tagged.indexOf(", ") < 0 || tagged.indexOf(", ") == tagged.lastIndexOf(", ")) {
            return false;
        }
        int segStart = tagged.lastIndexOf(", ", pos);
        int segEnd = tagged.indexOf(", ", pos);
        String before = tagged.substring(segStart < 0 ? 0 : segStart + 2, pos).strip();
        String after = tagged.substring(pos, segEnd < 0 ? tagged.length() : segEnd).strip();
        return before.split(" ").length >= 2 && after.split(" ").length >= 2
                && (segStart >= 0 || segEnd >= 0);
    }

    private static double nameCut(String prev, String next, String left, String right, int count, String tagged,
                                  List<int[]> spans, SeamContext ctx) {
        String p = Words.fold(NOT_WORD.matcher(prev).replaceAll(""));
        if (!Words.capitalized(next) && !Character.isDigit(next.charAt(0)) || Words.CONNECTORS.contains(p)
                || TITLES.contains(p) || RANKS.contains(p) || prev.endsWith(",") || prev.endsWith("-")
                || KIN_PARTICLES.contains(p) || isInitials(prev) || isRoman(next) || next.startsWith("(")
                || CommanderReader.statusOf(next) != null) {
            return Double.NEGATIVE_INFINITY;
        }
        double s = isRoman(prev) ? 1.6 : 0.8;
        String first = tagged.substring(spans.get(0)[0], spans.get(0)[1]);
        if (Words.fold(next).equals(Words.fold(first))) {
            s += 2;
        }
        if (TITLES.contains(Words.fold(next))) {
            s += 1.2;
        }
        if (KIN_PARTICLES.contains(Words.fold(next))) {
            s += 0.5;
        }
        List<String> lt = withoutLeadingRanks(Words.tokens(left));
        List<String> rt = Words.tokens(right);
        s += bodyScore(ctx, left, lt, true) + bodyScore(ctx, stripStatus(right), rt, false);
        if (lt.size() >= 2 && rt.size() >= 2 && ctx.inBody(left) && ctx.inBody(stripStatus(right))) {
            s += BOTH_NAMED_IN_BODY;
        }
        if (!lt.isEmpty() && !rt.isEmpty() && UNIT_HEADS.contains(lt.get(lt.size() - 1))
                && UNIT_HEADS.contains(rt.get(rt.size() - 1))) {
            s += 1;
        }
        if (lt.size() == 1 && !ctx.inBody(left) || rt.size() == 1 && !ctx.inBody(right)) {
            s -= 1;
        }
        if (lt.size() == 1 && stripStatus(right).indexOf(' ') < 0) {
            s -= 1.5;
        }
        if (ctx.inBody(LineCleaner.strip(prev) + " " + LineCleaner.strip(next))) {
            s -= 1.5;
        }
        return s;
    }

    /** "Brig. Mohammed" is a one-word name: the ranks before it do not count as its words. */
    private static List<String> withoutLeadingRanks(List<String> tokens) {
        int i = 0;
        while (i < tokens.size() - 1 && RANKS.contains(tokens.get(i))) {
            i++;
        }
        return tokens.subList(i, tokens.size());
    }

    private static double bodyScore(SeamContext ctx, String part, List<String> tokens, boolean tail) {
        if (ctx.inBody(part)) {
            return 1;
        }
        if (tokens.size() > 2) {
            List<String> two = tail ? tokens.subList(tokens.size() - 2, tokens.size()) : tokens.subList(0, 2);
            if (ctx.inBody(String.join(" ", two))) {
                return 0.4;
            }
        }
        return 0;
    }

    static String stripStatus(String name) {
        return BARE_STATUS.matcher(STATUS.matcher(name.replace("†", " ")).replaceAll(" ")).replaceAll(" ")
                .strip();
    }

    /** "Poland Poland": a state's flag label before its name, not two columns. */
    private static boolean isKnownState(String name) {
        return Lexicon.isState(name);
    }

    private static boolean isRepeat(String left, String right) {
        return left.length() > 2 && Words.fold(left).equals(Words.fold(right));
    }

    private static boolean endsWithMarker(String token) {
        int close = token.lastIndexOf(']');
        int open = token.indexOf('[');
        if (close < 0 || open < 0 || open > 0 && ",;".indexOf(token.charAt(open - 1)) >= 0) {
            return false;
        }
        String tail = token.substring(close + 1);
        return tail.isEmpty() || PAGE.matcher(tail).matches();
    }

    private static boolean isStatus(String token) {
        String t = token.indexOf('[') < 0 ? token : MARKERS.matcher(token).replaceAll("");
        return t.equals("†") || t.endsWith("†") || STATUS.matcher(t).matches();
    }

    private static boolean sentenceEnd(String prev) {
        String p = prev.indexOf('[') < 0 ? prev : MARKERS.matcher(prev).replaceAll("");
        return p.endsWith(".") && p.length() > 3 && !isInitials(p) && !RANKS.contains(p.toLowerCase());
    }

    static boolean isInitials(String token) {
        return INITIALS.matcher(token).matches();
    }

    private static boolean isRoman(String token) {
        return ROMAN.matcher(token).matches() && !token.equals("L");
    }

    private static boolean isWord(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isLetter(token.charAt(i)) && token.charAt(i) != '-') {
                return false;
            }
        }
        return !token.isEmpty();
    }

    /** Start and end offsets of the space-separated tokens of a line. */
    static List<int[]> spans(String s) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean space = i == s.length() || s.charAt(i) == ' ';
            if (!space && start < 0) {
                start = i;
            } else if (space && start >= 0) {
                out.add(new int[]{start, i});
                start = -1;
            }
        }
        return out;
    }
}
