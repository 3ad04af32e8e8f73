package org.battlequiz.article;

import java.util.List;
import java.util.Locale;

/** Which side the Result row names as victor: null for inconclusive results or when no side is named. */
final class WinnerReader {
    private static final List<String> DRAWN = List.of("inconclusive", "indecisive", "stalemate", "draw", "undecided",
            "disputed", "both sides claim", "status quo", "uncertain", "unclear", "ongoing", "tactical draw");

    private static final List<String> COLLECTIVE = List.of("coalition", "allied", "allies", "alliance");

    private static final int NEAR = 2;

    private WinnerReader() {
    }

    static Integer winner(String result, List<Side> sides, List<String> bodySentences) {
        if (result == null || sides.size() < 2) {
            return null;
        }
        if (twoVerdicts(result)) {
            return null;
        }
        String first = withoutRelativeClause(victoryClause(verdictClause(spelledOut(result))));
        String lower = first.toLowerCase(Locale.ROOT);
        for (String d : DRAWN) {
            if (lower.contains(d)) {
                return null;
            }
        }
        double[] named = scores(first, sides, true);
        if (!VICTORY.matcher(first).find() && !LOSS.matcher(lower).find()
                && java.util.Arrays.stream(named).filter(x -> x > 0).count() >= 2) {
            return null;
        }
        Integer byBelligerent = pick(named);
        if (byBelligerent != null) {
            return sides.size() == 2 && LOSS.matcher(lower).find() && !lower.contains("victory") ? 1 - byBelligerent
                    : byBelligerent;
        }
        Integer byLeader = best(first, sides, false);
        if (byLeader != null) {
            return byLeader;
        }
        // "Allied victory" where the other side's names were lost: the side of the Allies' core states, not the nameless
        if (names(lower, List.of("allied", "allies")) && VICTORY.matcher(first).find()) {
            Integer allies = alliesSide(sides);
            if (allies != null) {
                return allies;
            }
        }
        Integer nameless = namelessSide(first, sides);
        if (nameless != null) {
            return nameless;
        }
        Integer byBody = byBody(first, sides, bodySentences);
        return byBody != null || !names(lower, COLLECTIVE) ? byBody : mostPresentAlliance(sides, bodySentences);
    }

    /** "Siege fails; Oda-Tokugawa victory": the first clause that names a victory or a defeat, else the first. */
    private static String verdictClause(String result) {
        String[] clauses = result.split(";");
        String opening = clauses.length == 0 ? "" : clauses[0].toLowerCase(Locale.ROOT);
        if (DRAWN.stream().anyMatch(opening::contains)) {
            return clauses[0];
        }
        for (String clause : clauses) {
            if (VICTORY.matcher(clause).find() || LOSS.matcher(clause.toLowerCase(Locale.ROOT)).find()) {
                return clause;
            }
        }
        return clauses.length == 0 ? result : clauses[0];
    }

    /** "French tactical victory, strategic Russo-Prussian victory": each side won in its way, so neither is the victor. */
    private static boolean twoVerdicts(String result) {
        String lower = result.toLowerCase(Locale.ROOT);
        return lower.contains("tactical") && lower.contains("strategic")
                && lower.indexOf("victory") != lower.lastIndexOf("victory");
    }

    /**
     * "Decisive Lorraine victory, death of Charles the Bold, dissolution of the Duchy of Burgundy": the part of a comma
     * list (or the sentence, "Decisive Greek victory. End of the First Persian invasion") that says who won; the
     * consequences after it name the loser as often as not.
     */
    private static String victoryClause(String result) {
        String[] parts = result.split(",|\\.\\s+(?=\\p{Lu})");
        for (String part : parts) {
            if (parts.length > 1 && VICTORY.matcher(part).find()) {
                return part;
            }
        }
        return result;
    }

    private static final java.util.regex.Pattern UNITED_STATES = java.util.regex.Pattern.compile(
            "(?<![\\p{L}.])(?:U\\.S\\.(?:A\\.)?|USA?)(?![\\p{L}])");
    private static final java.util.regex.Pattern UNITED_KINGDOM = java.util.regex.Pattern.compile(
            "(?<![\\p{L}.])(?:U\\.K\\.|UK)(?![\\p{L}])");

    /** "U.S. victory": the initials a result uses for a state, spelled out as belligerent rows name it. */
    private static String spelledOut(String result) {
        return UNITED_KINGDOM.matcher(UNITED_STATES.matcher(result).replaceAll("United States"))
                .replaceAll("United Kingdom");
    }

    private static final java.util.regex.Pattern RELATIVE_AFTER_VICTORY = java.util.regex.Pattern.compile(
            "(?i)\\bvictor(?:y|ious)\\b(?=\\s+(?:in which|which|where|when|that|after|and|as)\\b)");

    /** "a decisive Swiss victory in which Duke Leopold and numerous Austrian nobles died": the loser's words follow. */
    private static String withoutRelativeClause(String clause) {
        java.util.regex.Matcher m = RELATIVE_AFTER_VICTORY.matcher(clause);
        return m.find() ? clause.substring(0, m.end()) : clause;
    }

    /**
     * "Decisive Swiss victory" where the page lost the Swiss column's names: a people the lexicon knows (or "Coalition"),
     * naming none of the belligerents left, is the side with none.
     */
    private static Integer namelessSide(String clause, List<Side> sides) {
        if (sides.size() != 2 || !VICTORY.matcher(clause).find()
                || sides.get(0).belligerents().isEmpty() == sides.get(1).belligerents().isEmpty()) {
            return null;
        }
        boolean people = Words.tokens(clause).stream()
                .anyMatch(w -> !Lexicon.namedBy(w).isEmpty() || COLLECTIVE.contains(w));
        return people ? (sides.get(0).belligerents().isEmpty() ? 0 : 1) : null;
    }

    private static final java.util.regex.Pattern VICTORY = java.util.regex.Pattern.compile("(?i)\\bvictor(?:y|ious)\\b");

    /** "Allied operational failure", "Ottoman defeat", "Collapse of the Tarsan Empire": the side the result names lost. */
    private static final java.util.regex.Pattern LOSS = java.util.regex.Pattern.compile(
            "\\b(defeat|failure|withdrawal|retreat|evacuation|escape|breakout|rout"
            + "|(?:collapse|fall|destruction|annihilation) of)\\b");

    private static final java.util.regex.Pattern ABBREVIATED_COMPANY = java.util.regex.Pattern.compile("\\bCo\\.(?=\\s|$)");

    /**
     * "Korean victory" and "Joseon navy", "Boer victory" and "Orange Free State": the adjective the lexicon knows, also
     * for a shorter name of its state ("Republican" names the Second Spanish Republic, so the Spanish Republic).
     */
    private static boolean namedByAdjective(String text, String name) {
        String state = NamedEntry.stateKey(name);
        String whole = Lexicon.key(ABBREVIATED_COMPANY.matcher(name).replaceAll("Company"));
        return Words.tokens(text).stream().map(Lexicon::namedBy).anyMatch(named -> named.contains(state)
                || named.contains(whole) || state.indexOf(' ') > 0 && named.stream().anyMatch(n -> n.endsWith(" " + state)));
    }

    private static boolean names(String lower, List<String> words) {
        return Words.tokens(lower).stream().anyMatch(words::contains);
    }

    /**
     * "Allied victory": from the coalitions against Napoleon to the World Wars, Korea and the Gulf, the allies were the
     * side of Britain, the United States or the British dominions; the side that alone has one of them.
     */
    private static Integer alliesSide(List<Side> sides) {
        if (sides.size() != 2) {
            return null;
        }
        boolean[] has = new boolean[2];
        for (int i = 0; i < 2; i++) {
            has[i] = sides.get(i).belligerents().stream().map(b -> NamedEntry.stateKey(b.name()))
                    .anyMatch(ALLIED_CORE::contains);
        }
        return has[0] == has[1] ? null : has[0] ? 0 : 1;
    }

    private static final java.util.Set<String> ALLIED_CORE = java.util.Set.of("united kingdom", "great britain",
            "british empire", "kingdom of great britain", "united states", "united states of america", "australia",
            "canada", "new zealand", "union of south africa", "british raj");

    /** "Coalition victory" that no sentence ties to a name: the side of several belligerents the body names most. */
    private static Integer mostPresentAlliance(List<Side> sides, List<String> sentences) {
        double[] presence = new double[sides.size()];
        List<List<String>> stems = sideStems(sides);
        for (int i = 0; i < sides.size(); i++) {
            if (sides.get(i).belligerents().size() < 2) {
                continue;
            }
            for (String sentence : sentences) {
                presence[i] += SeamContext.mentions(sentence, stems.get(i));
            }
        }
        return pick(presence);
    }

    private static List<List<String>> sideStems(List<Side> sides) {
        List<List<String>> out = new java.util.ArrayList<>();
        for (Side side : sides) {
            List<String> stems = new java.util.ArrayList<>();
            side.belligerents().forEach(b -> stems.addAll(Words.keyStems(b.name())));
            out.add(stems);
        }
        return out;
    }

    /**
     * "Persian victory": the side whose belligerents the body names right beside the result's word ("the Achaemenid
     * Persian Empire"); a sentence that only speaks of both is no sign.
     */
    private static Integer byBody(String result, List<Side> sides, List<String> sentences) {
        List<String> terms = new java.util.ArrayList<>(Words.keyStems(result.replaceAll("(?i)victory|decisive|"
                + "tactical|strategic|pyrrhic|major|minor|win", " ")));
        for (String t : Words.tokens(result)) {
            if (Words.GENERIC.contains(t) && !t.equals("victory")) {
                terms.add(Words.stem(t));
            }
        }
        if (terms.isEmpty()) {
            return null;
        }
        Integer ledBy = ledBy(terms, sides, sentences);
        if (ledBy != null) {
            return ledBy;
        }
        Integer opposite = oppositeInBetween(terms, sides, sentences);
        if (opposite != null) {
            return opposite;
        }
        List<List<String>> sideStems = sideStems(sides);
        double[] near = new double[sides.size()];
        for (String sentence : sentences) {
            List<String> tokens = Words.tokens(sentence).stream().map(Words::stem).toList();
            for (int at = 0; at < tokens.size(); at++) {
                if (!matchesAny(tokens.get(at), terms)) {
                    continue;
                }
                List<String> window = tokens.subList(Math.max(0, at - NEAR), Math.min(tokens.size(), at + NEAR + 1));
                for (int i = 0; i < sides.size(); i++) {
                    near[i] += count(window, sideStems.get(i));
                }
            }
        }
        return pick(near);
    }

    /** "a small Spanish force led by Francisco Pizarro": the result's people are the side of the leader named. */
    private static Integer ledBy(List<String> terms, List<Side> sides, List<String> sentences) {
        double[] score = new double[sides.size()];
        for (String sentence : sentences) {
            List<String> tokens = Words.tokens(sentence);
            for (int at = 0; at < tokens.size(); at++) {
                if (!matchesAny(Words.stem(tokens.get(at)), terms)) {
                    continue;
                }
                for (int k = at + 1; k < Math.min(tokens.size() - 2, at + 4); k++) {
                    if (LEADING_VERBS.contains(tokens.get(k)) && tokens.get(k + 1).equals("by")) {
                        List<String> after = tokens.subList(k + 2, Math.min(tokens.size(), k + 5)).stream()
                                .map(Words::stem).toList();
                        for (int i = 0; i < sides.size(); i++) {
                            for (Commander c : sides.get(i).commanders()) {
                                List<String> stems = Words.keyStems(c.name());
                                if (!stems.isEmpty() && after.stream().anyMatch(t -> matchesAny(t, stems))) {
                                    score[i]++;
                                }
                            }
                        }
                        break;
                    }
                }
            }
        }
        return pick(score);
    }

    private static final List<String> LEADING_VERBS = List.of("led", "commanded", "headed");

    /**
     * "fought between the Ranish Empire and Varni tribesmen" under "Varni victory": the result's people
     * are the side the other party of the "between" does not name. Null unless the sentences agree on one side.
     */
    private static Integer oppositeInBetween(List<String> terms, List<Side> sides, List<String> sentences) {
        if (sides.size() != 2) {
            return null;
        }
        List<List<String>> sideStems = sideStems(sides);
        double[] score = new double[2];
        for (String sentence : sentences) {
            List<String> tokens = Words.tokens(sentence).stream().map(Words::stem).toList();
            int between = tokens.indexOf("between");
            int and = between < 0 ? -1 : tokens.subList(between, tokens.size()).indexOf("and") + between;
            if (between < 0 || and <= between + 1) {
                continue;
            }
            List<String> first = tokens.subList(between + 1, and);
            List<String> second = tokens.subList(and + 1, Math.min(tokens.size(), and + 1 + NEAR));
            boolean termFirst = first.stream().anyMatch(t -> matchesAny(t, terms));
            boolean termSecond = second.stream().anyMatch(t -> matchesAny(t, terms));
            if (termFirst == termSecond) {
                continue;
            }
            List<String> other = termFirst ? second : first;
            int zero = count(other, sideStems.get(0));
            int one = count(other, sideStems.get(1));
            if (zero > 0 != one > 0) {
                score[zero > 0 ? 1 : 0]++;
            }
        }
        return pick(score);
    }

    private static int count(List<String> tokens, List<String> stems) {
        return (int) tokens.stream().filter(t -> !Words.CONNECTORS.contains(t) && matchesAny(t, stems)).count();
    }

    private static boolean matchesAny(String stem, List<String> stems) {
        return stems.stream().anyMatch(s -> Words.stemsMatch(stem, s));
    }

    private static Integer best(String text, List<Side> sides, boolean belligerents) {
        return pick(scores(text, sides, belligerents));
    }

    /** "Continued Egyptian–Hittite hostilities": a result that names both sides and no victory or defeat has no winner. */
    private static double[] scores(String text, List<Side> sides, boolean belligerents) {
        List<String> resultStems = Words.tokens(text).stream().map(Words::stem).toList();
        double[] score = new double[sides.size()];
        for (int i = 0; i < sides.size(); i++) {
            Side side = sides.get(i);
            List<String> names = belligerents
                    ? side.belligerents().stream().map(NamedEntry::name).toList()
                    : java.util.stream.Stream.concat(side.commanders().stream().map(Commander::name),
                    side.units().stream().map(NamedEntry::name)).toList();
            for (String name : names) {
                if (belligerents && DISSENTERS.matcher(name).find()) {
                    continue;
                }
                List<String> stems = Words.keyStems(name);
                if (stems.isEmpty()) {
                    continue;
                }
                double hit = 0;
                for (String s : stems) {
                    hit += resultStems.stream().mapToDouble(r -> Words.stemMatch(r, s)).max().orElse(0);
                }
                score[i] = Math.max(score[i], hit / stems.size());
                if (belligerents && (namedByAdjective(text, name) || namedByInitials(text, name))) {
                    score[i] = Math.max(score[i], 1);
                }
            }
        }
        return score;
    }

    /** "DPR victory" for the Donetsk People's Republic: the initials of a name of three words or more, in capitals. */
    private static boolean namedByInitials(String text, String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("[\\s\\-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return initials.length() >= 3 && java.util.regex.Pattern.compile("(?<![\\p{L}])" + initials + "(?![\\p{L}])")
                .matcher(text).find();
    }

    /** "English rebels": people of a nation fighting its state; the nation's adjective in the result is not theirs. */
    private static final java.util.regex.Pattern DISSENTERS = java.util.regex.Pattern.compile(
            "(?i)\\b(rebels|exiles|dissidents|defectors|deserters|renegades)$");

    private static Integer pick(double[] score) {
        int best = -1;
        for (int i = 0; i < score.length; i++) {
            if (score[i] > 0 && (best < 0 || score[i] > score[best])) {
                best = i;
            } else if (best >= 0 && score[i] == score[best]) {
                return null;
            }
        }
        return best < 0 ? null : best;
    }
}
