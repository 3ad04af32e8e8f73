package org.battlequiz.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A side's losses: each figure takes the category of the first loss word after it ("110 fighters, 23 soldiers
 * and 8 officers killed"), ranges give their lower bound, combined categories are left out, equipment is skipped.
 * Lines naming a claimant ("(opposition claim)") become separate claims; the first claim gives the figures.
 */
final class CasualtyReader {
    private static final Pattern CLAIM = Pattern.compile("\\(?([^()]{0,40}?)\\s*(claim|claims|estimate|figures?)\\)?",
            Pattern.CASE_INSENSITIVE);

    /** "(acc. Armed Forces of Ukraine)", "(according to the opposition)": who counted, in brackets after the figures. */
    private static final Pattern ACCORDING = Pattern.compile(
            "\\((?:acc\\.|according to|per)\\s+(?:the\\s+)?([^()\\d]{2,60}?)\\s*\\)", Pattern.CASE_INSENSITIVE);

    private static final Pattern NEXT_CATEGORY = Pattern.compile("\\s*(?:,\\s*|\\s)(?:(?:and|or)\\s+)?([a-z]+)");

    private static final Pattern JOINED_CATEGORY = Pattern.compile("\\s+(?:and|or)\\s+([a-z]+)");

    private static final Pattern REFINES = Pattern.compile("\\d\\s+([a-z]+)\\s*\\(\\s*$");

    /** "200 (125 killed, 75 wounded)": the figure before the bracket is a total the bracket breaks down. */
    private static final Pattern BROKEN_DOWN = Pattern.compile("\\(\\s*[~c.]*\\s*\\d");

    /** What may stand between figures that share the loss word after the last one: "23 soldiers and militiamen and". */
    private static final Pattern CHAINED = Pattern.compile("\\s*(?:[a-z\\-.]+\\s*){0,4}(?:,|;|\\band\\b|,\\s*and\\b|\\+)\\s*");

    private static final Pattern SOURCED_ESTIMATE = Pattern.compile(
            "\\((?:per|according to|by|[a-z .]{0,30}\\b(?:estimates?|sources|claims?|figures?))\\b[^()]{0,40}\\)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SLASHED = Pattern.compile("(?<=[a-z])\\s*/\\s*(?=[a-z])");

    /** A figure among the words after another one: "12 killed and 36 wounded" is two losses, not one combined. */
    private static final Pattern FIGURE = Pattern.compile("\\d[\\d,.]*");

    enum Kind { KILLED, WOUNDED, CAPTURED, OTHER }

    /** "Total: 1,794 killed" under the losses of each division: the side's figure, not one more part of it. */
    private static final Pattern TOTAL_LINE = Pattern.compile("(?i)\\W*total\\s*:");
    /** "or: 59 killed", "or up to 20,000 killed": another estimate of the figures above, not more of them. */
    private static final Pattern ALTERNATIVE_LINE = Pattern.compile("(?i)\\W*or\\b");

    private CasualtyReader() {
    }

    static Casualties read(List<Piece> pieces, double confidence) {
        List<CasualtyClaim> claims = new ArrayList<>();
        List<SourceLine> sources = new ArrayList<>();
        long[] sum = new long[3];
        boolean[] has = new boolean[3];
        boolean[] totalled = new boolean[3];
        boolean alternativeGoesOn = false;
        for (Piece p : pieces) {
            String text = p.clean();
            if (text.isEmpty()) {
                continue;
            }
            // "or: 59 killed," then "254 wounded": an alternative estimate ending in a comma goes on to the next line.
            boolean continuesAlternative = alternativeGoesOn;
            alternativeGoesOn = (continuesAlternative || ALTERNATIVE_LINE.matcher(text).lookingAt()) && text.endsWith(",");
            sources.add(p.source());
            long[] figures = new long[3];
            boolean[] found = new boolean[3];
            figures(text, figures, found);
            String claimant = claimant(text);
            if (claimant != null) {
                claims.add(new CasualtyClaim(claimant, val(figures, found, 0), val(figures, found, 1),
                        val(figures, found, 2), text, p.source()));
                if (claims.size() > 1) {
                    continue;
                }
            }
            boolean total = TOTAL_LINE.matcher(text).lookingAt();
            if (ALTERNATIVE_LINE.matcher(text).lookingAt() || continuesAlternative) {
                continue;
            }
            for (int k = 0; k < 3; k++) {
                if (found[k] && (total || !totalled[k])) {
                    sum[k] = total ? figures[k] : sum[k] + figures[k];
                    has[k] = true;
                    totalled[k] |= total;
                }
            }
        }
        String text = StrengthReader.joinText(pieces);
        return new Casualties(val(sum, has, 0), val(sum, has, 1), val(sum, has, 2), text.isEmpty() ? null : text,
                claims, sources, confidence);
    }

    private static Long val(long[] v, boolean[] has, int k) {
        return has[k] ? v[k] : null;
    }

    static String claimant(String text) {
        Matcher according = ACCORDING.matcher(text);
        if (according.find()) {
            return according.group(1).strip();
        }
        Matcher m = CLAIM.matcher(text);
        while (m.find()) {
            String who = m.group(1).strip();
            if (m.group(0).startsWith("(") || text.toLowerCase(Locale.ROOT).startsWith(who.toLowerCase(Locale.ROOT))) {
                if (!who.isEmpty() && who.length() < 40 && !who.matches(".*\\d.*")) {
                    return who + " " + m.group(2).toLowerCase(Locale.ROOT);
                }
            }
        }
        return null;
    }

    static void figures(String text, long[] out, boolean[] found) {
        String lower = firstEstimate(text).toLowerCase(Locale.ROOT);
        List<Quantity> qs = Quantity.scan(lower);
        for (int i = 0; i < qs.size(); i++) {
            Quantity q = qs.get(i);
            String after = lower.substring(q.end(), Math.min(lower.length(), q.end() + 80)).strip();
            if (StrengthReader.isEquipment(after) || refinesPrevious(lower, q.start())
                    || BROKEN_DOWN.matcher(after).lookingAt()) {
                continue;
            }
            int next = i + 1 < qs.size() ? qs.get(i + 1).start() : lower.length();
            Kind kind = kindAfter(lower, q.end(), q.start(), next);
            if (kind != Kind.OTHER) {
                out[kind.ordinal()] += q.min();
                found[kind.ordinal()] = true;
            }
        }
    }

    /** "55 wounded (6 later died)": a figure opening a bracket after a counted loss is part of that loss. */
    private static boolean refinesPrevious(String lower, int start) {
        Matcher m = REFINES.matcher(lower.substring(0, start));
        return m.find() && kindOf(m.group(1)) != Kind.OTHER;
    }

    /** "10,000 civilians killed": the dead of the battle's town or country, no loss of the side's forces. */
    private static final Pattern NOT_SOLDIERS = Pattern.compile(
            "civilians?|non-combatants?|noncombatants?|inhabitants|residents|villagers|townspeople|refugees");

    /** The loss category that follows position from (or directly labels the figure, "Killed: 500"). */
    private static Kind kindAfter(String lower, int from, int start, int next) {
        String before = lower.substring(Math.max(0, start - 16), start);
        int colon = before.lastIndexOf(':');
        if (colon >= 0 && before.substring(colon + 1).isBlank()) {
            Kind k = kindOf(before.substring(0, colon).strip().replaceAll(".* ", ""));
            if (k != Kind.OTHER) {
                return k;
            }
        }
        String gap = lower.substring(from, next);
        if (next < lower.length() && !CHAINED.matcher(gap).matches() && !hasLossWord(gap)) {
            return Kind.OTHER;
        }
        // "killed/wounded/missing" is one combined count, as "killed or wounded" is.
        String[] words = FIGURE.matcher(SLASHED.matcher(lower.substring(from, Math.min(lower.length(), from + 200))
                        .replace("&", " and ")).replaceAll(" or ")).replaceAll(" # ").split("[^a-z\\-#]+");
        for (int i = 0; i < words.length; i++) {
            Kind k = kindOf(words[i]);
            if (k != Kind.OTHER) {
                boolean combined = i + 2 < words.length && (words[i + 1].equals("and") || words[i + 1].equals("or"))
                        && (kindOf(words[i + 2]) != Kind.OTHER && kindOf(words[i + 2]) != k
                        || words[i + 2].equals("missing"));
                return combined || listsAnotherKind(lower, from, words[i], k) ? Kind.OTHER : k;
            }
            if (words[i].equals("casualties") || words[i].equals("losses") || words[i].equals("missing")
                    || words[i].equals("total") || NOT_SOLDIERS.matcher(words[i]).matches()) {
                return Kind.OTHER;
            }
        }
        return Kind.OTHER;
    }

    /**
     * "20,000 killed, wounded or captured", "6,000 killed, drowned, or wounded", "3,500 wounded, missing or captured":
     * the loss word is the first of a list of categories, not a figure's own, when any category of the list is of
     * another kind.
     */
    private static boolean listsAnotherKind(String lower, int from, String word, Kind kind) {
        int at = lower.indexOf(word, from) + word.length();
        Matcher m = NEXT_CATEGORY.matcher(lower);
        while (m.region(at, lower.length()).lookingAt()
                && (kindOf(m.group(1)) != Kind.OTHER || m.group(1).equals("missing"))) {
            if (kindOf(m.group(1)) != kind) {
                return true;
            }
            at = m.end();
        }
        String rest = lower.substring(at);
        Matcher joined = JOINED_CATEGORY.matcher(rest);
        return at > lower.indexOf(word, from) + word.length() && joined.lookingAt()
                && kindOf(joined.group(1)) != kind && kindOf(joined.group(1)) != Kind.OTHER;
    }

    private static boolean hasLossWord(String gap) {
        for (String w : gap.replace("&", " and ").split("[^a-z\\-]+")) {
            if (kindOf(w) != Kind.OTHER || w.equals("casualties") || w.equals("losses") || w.equals("missing")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "200–315 killed (per ICRC) 300–500 killed (per U.N.)": estimates by several sources on one line are
     * alternatives, not parts to add up; the first one stands for the line.
     */
    static String firstEstimate(String text) {
        return estimates(text).get(0);
    }

    /** A line's rival estimates, each ending with its source's bracket; the whole line when it names fewer than two. */
    static List<String> estimates(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = SOURCED_ESTIMATE.matcher(text);
        int from = 0;
        while (m.find()) {
            out.add(text.substring(from, m.end()).strip());
            from = m.end();
        }
        if (out.size() < 2) {
            return List.of(text);
        }
        String rest = text.substring(from).strip();
        if (!Quantity.scan(rest).isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    static Kind kindOf(String w) {
        return switch (w) {
            case "killed", "dead", "deaths", "died", "slain", "kia", "fatalities", "drowned", "executed" -> Kind.KILLED;
            case "wounded", "injured", "hurt", "wia" -> Kind.WOUNDED;
            case "captured", "prisoners", "prisoner", "pow", "pows", "surrendered", "taken", "imprisoned",
                 "capture" -> Kind.CAPTURED;
            default -> Kind.OTHER;
        };
    }
}
