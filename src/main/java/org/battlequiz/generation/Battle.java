package org.battlequiz.generation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.battlequiz.article.Commander;
import org.battlequiz.article.NamedEntry;
import org.battlequiz.article.ParsedArticle;
import org.battlequiz.article.Side;
import org.battlequiz.article.SourceLine;

/** An article seen from the question writer's side: names for its sides, its dates, its bank of other articles. */
final class Battle {
    private static final Pattern VICTORY_KIND = Pattern.compile(
            "\\b(military|political|strategic|tactical|moral|operational|propaganda|psychological)\\b");
    private final ParsedArticle article;
    private final List<ParsedArticle> bank;
    /** per side, the commanders' names in {@link Texts#norm} form, made on first use */
    private List<Set<String>> commanderNorms;
    private final Gazetteer gazetteer;
    /** the battle's regions as the gazetteer knows them, made on first use */
    private Set<String> regions;
    /** the regions of the battle's location alone, made on first use */
    private Set<String> placeRegions;
    /** the war its "Part of" names, as the gazetteer knows it, when the battle falls in its years; made on first use */
    private Optional<Gazetteer.Entry> war;
    /** every name and sentence of the article in {@link Texts#norm} form, made on first use */
    private String mentioned;
    private String distinction;
    private int trueStatements;
    private int falseStatements;

    /** A few decades: other battles this close in time share the learner's picture of the era. */
    static final int ERA_YEARS = 40;
    /** "Per Ukraine", "Foreign supporters": a page's heading read as a belligerent, never named as a side. */
    private static final Pattern HEADING = Pattern.compile(
            "(?i)^(per|according to)\\b.*|.*\\bsupporters?$|^(supported by|allies|others?)$"
                    + "|^(flag|banner|standard|royal standard|coat of arms) of\\b.*|.*\\.(svg|png|jpe?g)\\b.*");
    /** "Murong De Murong Bao": a word twice in one name is two people run together; braces are broken markup. */
    private static final Pattern RUN_TOGETHER = Pattern.compile("(?i).*\\b(\\p{L}{3,})\\b.*\\b\\1\\b.*|.*[{}].*");

    /**
     * "Andries Pretorius Sarel Cilliers": four or more capitalised words with no particle, title or numeral are most
     * likely two names a table cell ran together, so no item names it as one commander; so is a suffix followed by a
     * given name ("William Halsey Jr. Robert C. Giffen").
     */
    private static final Pattern TWO_NAMES = Pattern.compile("(?:\\p{Lu}\\p{Ll}+ ){3,}\\p{Lu}\\p{Ll}+"
            + "|.*\\b(?:Jr|Sr)\\.? \\p{Lu}\\p{Ll}+ .*");

    /** "Army", "1st Tank Army", "Steppe Front": a formation a page put among the commanders is no person. */
    private static final Pattern FORMATION = Pattern.compile("(?i)(?:.*\\s)?(?:army|armies|front|corps|division|"
            + "brigade|regiment|battalion|fleet|squadron|legion|group|command|failure|victory|defeat)");

    Battle(ParsedArticle article, List<ParsedArticle> bank) {
        this(article, bank, Gazetteer.shipped());
    }

    Battle(ParsedArticle article, List<ParsedArticle> bank, Gazetteer gazetteer) {
        this.article = article;
        this.gazetteer = gazetteer;
        int year = DateValue.parse(article.dateStart()).map(DateValue::year).orElse(Integer.MAX_VALUE / 2);
        this.bank = bank.stream().filter(b -> b != null && !sameBattle(b, article))
                .filter(b -> sameConflict(article, b) || eraDistance(year, b) <= ERA_YEARS)
                .sorted(Comparator.comparingInt((ParsedArticle b) -> plausibility(article, b))
                        .thenComparingLong(b -> eraDistance(year, b))).toList();
    }

    /** Years between this battle and another, so distractors come from battles of a similar era first. */
    static long eraDistance(int year, ParsedArticle other) {
        return DateValue.parse(other.dateStart()).map(d -> (long) Math.abs(d.year() - year)).orElse((long) Integer.MAX_VALUE);
    }

    /** 0 for a battle of the same war, 1 for one of the same region, 2 for one only of the same era. */
    private static int plausibility(ParsedArticle article, ParsedArticle other) {
        if (sameConflict(article, other)) {
            return 0;
        }
        String here = Texts.norm(SettingItems.lastPart(Texts.withoutRefs(java.util.Objects.toString(article.location(), ""))));
        String there = Texts.norm(SettingItems.lastPart(Texts.withoutRefs(java.util.Objects.toString(other.location(), ""))));
        return !here.isEmpty() && here.equals(there) ? 1 : 2;
    }

    static boolean sameConflict(ParsedArticle a, ParsedArticle b) {
        String x = Texts.norm(a.partOf()).replaceFirst("^the ", "");
        return !x.isEmpty() && x.equals(Texts.norm(b.partOf()).replaceFirst("^the ", ""));
    }

    /** Bank articles of the same war or region, or no more than the given number of years away. */
    List<ParsedArticle> bankNearby(int years) {
        int year = start().map(DateValue::year).orElse(Integer.MAX_VALUE / 2);
        return bank.stream().filter(b -> plausibility(article, b) <= 1 || eraDistance(year, b) <= years).toList();
    }

    /**
     * Bank articles near in time that began no later than this battle: their wars cannot have begun after it (the
     * Eastern Front is no wrong answer for a battle of 1937).
     */
    List<ParsedArticle> bankNearbyBefore(int years) {
        int year = start().map(DateValue::year).orElse(Integer.MAX_VALUE / 2);
        return bankNearby(years).stream().filter(b -> DateValue.parse(b.dateStart()).map(d -> d.year() <= year)
                .orElse(false)).toList();
    }

    /** Bank articles of the same war or region only. */
    List<ParsedArticle> bankSameRegion() {
        return bank.stream().filter(b -> plausibility(article, b) <= 1).toList();
    }

    /** Bank articles no more than the given number of years away, nearest first. */
    List<ParsedArticle> bankWithin(int years) {
        int year = start().map(DateValue::year).orElse(Integer.MAX_VALUE / 2);
        return bank.stream().filter(b -> eraDistance(year, b) <= years).toList();
    }

    private static boolean sameBattle(ParsedArticle a, ParsedArticle b) {
        return a == b || Texts.norm(a.title()).equals(Texts.norm(b.title()));
    }

    ParsedArticle article() {
        return article;
    }

    /** The other articles of the bank a learner could confuse with this one: same war first, then same era and region, then same era. */
    List<ParsedArticle> bank() {
        return bank;
    }

    /**
     * "the Battle of Agincourt", "the Battle of Brody (1941)": with the years by which the page tells the battle from
     * others of its name, for items that do not ask when it was fought.
     */
    String name() {
        return undatedName() + distinction();
    }

    /** "the Battle of Brody": the name without its years, for items whose answer is a date. */
    String undatedName() {
        return Texts.battleName(article.title());
    }

    /** "at the Battle of Agincourt", "in the Tet Offensive". */
    String atName() {
        return Texts.atBattle(article.title()) + distinction();
    }

    /** Whether the name the items give the battle carries its years, so that asking the year gives it away. */
    boolean yearsInName() {
        return !distinction().isEmpty();
    }

    /** " (1941)", " (1854–1855)", or nothing: the page's years after the battle's name, in its title or title line. */
    private String distinction() {
        if (distinction == null) {
            String plain = Texts.plainTitle(article.title());
            Pattern after = Pattern.compile(Pattern.quote(plain) + "\\s*(" + YEARS_IN_BRACKETS + ")");
            Matcher own = after.matcher(Texts.withoutRefs(article.title()));
            distinction = own.find() ? " " + own.group(1) : shownIn("title", after).or(() -> shownIn("pageName", after))
                    .orElse("");
        }
        return distinction;
    }

    private Optional<String> shownIn(String field, Pattern after) {
        SourceLine line = article.sourceOf(field);
        Matcher shown = line == null ? null : after.matcher(line.text());
        return shown != null && shown.find() ? Optional.of(" " + shown.group(1)) : Optional.empty();
    }

    private static final String YEARS_IN_BRACKETS =
            "\\((?:c\\.\\s*)?\\d{1,4}(?:\\s*[–-]\\s*\\d{1,4})?(?:\\s*(?:BC|BCE|AD|CE))?\\)";

    /** "was", or "were" for a title that names several battles ("the Battles of Lexington and Concord"). */
    String was() {
        return Texts.plainTitle(article.title()).matches("(?i)^(?:the\\s+)?battles\\b.*") ? "were" : "was";
    }

    String capitalName() {
        return Texts.capitalize(name());
    }

    String undatedCapitalName() {
        return Texts.capitalize(undatedName());
    }

    List<Side> sides() {
        return article.sides();
    }

    /** A side by its belligerents, e.g. "Kingdom of England", "Royalists", "Roman Republic and allies"; empty if unnamed. */
    Optional<String> sideLabel(int index) {
        List<String> names = labelNames(index);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        if (names.size() == 1 || names.subList(1, names.size()).stream().allMatch(n -> SUB_UNIT.matcher(n).find())) {
            return Optional.of(names.get(0));
        }
        return Optional.of(names.size() == 2 ? names.get(0) + " and " + names.get(1) : names.get(0) + " and allies");
    }

    /**
     * "British III Corps", "8th Division" listed under "Malaya Command": the formations of the first name's force, not
     * its allies, so the side is named for the first alone.
     */
    private static final Pattern SUB_UNIT = Pattern.compile("(?i)\\b(?:corps|division|divisions|regiment|brigade|"
            + "battalion|army|navy|fleet|squadron|guards|command|volunteer force)\\b");

    /** The belligerents a side's name is made of: all of them, or the one that is sure when the boundary was guessed. */
    private List<String> labelNames(int index) {
        if (index < 0 || index >= sides().size()) {
            return List.of();
        }
        List<String> names = belligerentNames(sides().get(index)).stream().map(Battle::sideName)
                .filter(n -> !onBothSides(n)).toList();
        if (names.size() > 1 && guessedBoundary(index)) {
            return List.of(surest(index, names).orElse(index == 0 ? names.get(0) : names.get(names.size() - 1)));
        }
        return names;
    }

    /**
     * "1,000 Tolm cavalry" on a side named for the Osk Empire: a figure whose label names one member of a side
     * of several, not the one the side is named for, counts that member's men, not the side's.
     */
    boolean namesALesserMember(int index, String label) {
        List<String> names = belligerentNames(sides().get(index));
        if (names.size() < 2 || label == null || label.isBlank()) {
            return false;
        }
        List<String> named = names.stream().filter(n -> NamedEntry.isNamedIn(label, n)).toList();
        return named.size() == 1 && !labelNames(index).contains(named.get(0));
    }

    /**
     * The first of a column's names that the parser is sure stands in it though the boundary was guessed ("Osk
     * Empire", which the body sets against the first column, before "Tolm renegades" at the column's sure end).
     */
    private Optional<String> surest(int index, List<String> names) {
        return sides().get(index).belligerents().stream()
                .filter(e -> e.confidence() >= QualityGates.MIN_SIDE_CONFIDENCE)
                .map(e -> sideName(Texts.withoutRefs(e.name()))).filter(names::contains).findFirst();
    }

    /** "Cossack Hetmanate" in both columns: a party split between the sides names neither. */
    private boolean onBothSides(String name) {
        return sides().size() == 2 && sides().stream().allMatch(side -> belligerentNames(side).stream()
                .map(Battle::sideName).anyMatch(n -> Texts.norm(n).equals(Texts.norm(name))));
    }

    /**
     * A side's name as a sentence uses it: without a bracketed member list, alias or note ("Spanish Empire
     * (Governorate of Cuba)") and without initials that repeat it ("Confederate States of America CSA").
     */
    static String sideName(String name) {
        String n = MEMBER_LIST.matcher(name).replaceFirst("");
        String[] words = n.split(" ");
        if (words.length > 2 && words[words.length - 1].matches("\\p{Lu}{2,6}")) {
            String initials = java.util.Arrays.stream(words, 0, words.length - 1)
                    .filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0))).map(w -> w.substring(0, 1))
                    .collect(java.util.stream.Collectors.joining());
            if (initials.equals(words[words.length - 1])) {
                n = String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
            }
        }
        return n;
    }

    /** "Germanic tribes (Cherusci, Marsi, Chatti)", "Spain (Cuba)": a bracket after a side's name. */
    private static final java.util.regex.Pattern MEMBER_LIST = java.util.regex.Pattern.compile("\\s*\\([^()]*\\)\\.?$");

    /**
     * How sure the parser is that the side's label names that column: its figures are asked by that name, so they
     * are never surer than it.
     */
    double labelConfidence(int index) {
        if (index < 0 || index >= sides().size()) {
            return 0;
        }
        List<String> names = labelNames(index);
        double least = sides().get(index).belligerents().stream()
                .filter(e -> names.contains(sideName(Texts.withoutRefs(e.name()))))
                .mapToDouble(NamedEntry::confidence).min().orElse(1.0);
        return least < LABEL_IN_DOUBT ? least : 1.0;
    }

    /**
     * Below this the parser doubts the column a label stands over (a lone name left where a mirror lost the other
     * column's); above it only the boundary between neighbours is in doubt, which a label of the sure end survives.
     */
    private static final double LABEL_IN_DOUBT = 0.5;

    /**
     * Whether the parser guessed where the first column of belligerents ends. Only the first belligerent of the
     * first column and the last of the second are then sure, so a side is named by that one alone.
     */
    private boolean guessedBoundary(int index) {
        return sides().size() == 2 && sides().get(index).belligerents().stream()
                .anyMatch(e -> e.confidence() < QualityGates.MIN_SIDE_CONFIDENCE);
    }

    /**
     * A side as the outcome names it: the winner by the belligerents the Result row names ("Russia and Austria"
     * for "Russo-Austrian victory") when it names only some of them, or all of them where the column boundary was
     * guessed (the Result row then confirms they fought together); any other side by its label.
     */
    Optional<String> outcomeLabel(int index) {
        return victorsNamed(index).map(names -> joinNames(names, n -> n)).or(() -> sideLabel(index));
    }

    /**
     * Whether the winner's column is sure: "Swedish victory" names Sweden, but where Sweden stood at a guessed
     * boundary between the columns, and not at its column's sure end, the winning side is only a guess. So is a
     * winner at a guessed boundary that the Result row does not name at all ("Greek victory" over columns
     * "Athens" and "Plataea, Persian Empire"): what put it there is the guess.
     */
    boolean winnerSure() {
        Integer winner = article.winner();
        if (winner == null || winner < 0 || winner >= sides().size() || !guessedBoundary(winner)) {
            return true;
        }
        List<String> named = belligerentNames(sides().get(winner)).stream()
                .filter(n -> NamedEntry.isNamedIn(article.result(), n)).map(Battle::sideName).toList();
        return named.stream().anyMatch(labelNames(winner)::contains);
    }

    Optional<String> outcomeInSentence(int index) {
        return victorsNamed(index).map(names -> joinNames(names, Texts::group)).or(() -> sideInSentence(index));
    }

    private Optional<List<String>> victorsNamed(int index) {
        if (!Integer.valueOf(index).equals(article.winner()) || sideLabel(index).isEmpty()) {
            return Optional.empty();
        }
        List<String> names = belligerentNames(sides().get(index));
        List<String> named = names.stream().filter(n -> NamedEntry.isNamedIn(article.result(), n)).toList();
        boolean allNamed = named.size() == names.size();
        return named.isEmpty() || allNamed && !guessedBoundary(index) ? Optional.empty() : Optional.of(named);
    }

    private static String joinNames(List<String> names, java.util.function.UnaryOperator<String> form) {
        return Texts.joinAnd(names.stream().map(form).toList());
    }

    /** A heading such as "France:" that names one belligerent of the side, as it reads in a sentence ("France"). */
    Optional<String> belligerentInSentence(int index, String heading) {
        if (heading == null || index < 0 || index >= sides().size()) {
            return Optional.empty();
        }
        return belligerentNames(sides().get(index)).stream().filter(n -> Texts.norm(n).equals(Texts.norm(heading)))
                .findFirst().map(Texts::group);
    }

    /** The side label as it reads in a sentence: "the Kingdom of England", "the Epirotes and allies". */
    Optional<String> sideInSentence(int index) {
        List<String> names = labelNames(index);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        String first = Texts.group(names.get(0));
        if (names.size() == 1) {
            return Optional.of(first);
        }
        return Optional.of(first + " and " + (names.size() == 2 ? Texts.group(names.get(1)) : "allies"));
    }

    /**
     * A side's whole force as a sentence names it: "the Angevin Empire and its allies" where the label names only
     * the sure first belligerent of a column that holds more, since a column's figures are the whole column's.
     */
    Optional<String> forceInSentence(int index) {
        boolean more = index >= 0 && index < sides().size()
                && belligerentNames(sides().get(index)).size() > labelNames(index).size();
        List<String> label = labelNames(index);
        boolean plural = label.size() == 1
                && (Texts.isPluralPeople(label.get(0)) || COMMON_PLURAL.matcher(label.get(0)).find());
        String their = plural ? " and their allies" : " and its allies";
        return sideInSentence(index).map(s -> more && !s.endsWith(" allies") ? s + their : s);
    }

    /** "Jacobite forces", "Boer rebels": a name ending in a plural common noun. */
    private static final java.util.regex.Pattern COMMON_PLURAL = java.util.regex.Pattern.compile(" \\p{Ll}+s$");

    /** The side's fighting belligerents: parties listed only as supporting or alleged are left out when others fight. */
    static List<String> belligerentNames(Side side) {
        List<String> names = new ArrayList<>();
        boolean fighters = side.belligerents().stream().anyMatch(e -> !e.supporting());
        for (NamedEntry e : side.belligerents()) {
            if (fighters && e.supporting()) {
                continue;
            }
            String n = sideName(Texts.withoutRefs(e.name()));
            boolean fresh = names.stream().noneMatch(x -> Texts.norm(x).equals(Texts.norm(n)));
            if (!n.isBlank() && !HEADING.matcher(n).matches() && fresh) {
                names.add(n);
            }
        }
        return names;
    }

    /** Whether the two sides' commanders are named in styles that give each one's side away. */
    boolean commandersTellApart() {
        return sides().size() == 2 && NameStyles.tellApart(
                commanders(sides().get(0)).stream().map(Commander::name).toList(),
                commanders(sides().get(1)).stream().map(Commander::name).toList());
    }

    static List<Commander> commanders(Side side) {
        return side.commanders().stream().filter(c -> c.name() != null && !c.name().isBlank()
                && !RUN_TOGETHER.matcher(c.name()).matches() && !TWO_NAMES.matcher(c.name()).matches()
                && !FORMATION.matcher(c.name().strip()).matches()
                && !Character.isLowerCase(c.name().codePointAt(0)))
                .toList();
    }

    /** Commanders of the battle's era and region the article never names: wrong but plausible options. */
    List<String> eraCommanders() {
        Set<String> own = new java.util.HashSet<>();
        allCommanderNames().forEach(n -> own.addAll(nameWords(n)));
        return eraNames(gazetteer::commandersNear).stream()
                .filter(n -> nameWords(n).stream().noneMatch(own::contains)).toList();
    }

    /**
     * Whether a year may be offered for this battle: within the years of the war the article says it was part of
     * (no date after the war ended is a plausible wrong answer), any year when no such war is known.
     */
    boolean withinItsWar(int year) {
        if (war == null) {
            war = gazetteer.warNamedIn(article.partOf())
                    .filter(named -> start().map(DateValue::year).filter(own -> named.within(own, 0)).isPresent());
        }
        return war.map(named -> named.within(year, 0)).orElse(true);
    }

    /** Wars of the battle's region that ended at most that many years before it. */
    List<String> eraWars(int reach) {
        return placed() ? eraNames((year, regions) -> gazetteer.warsNear(year, regions, reach)) : List.of();
    }

    /**
     * Whether the location names a place the gazetteer knows. Without one, the regions come from the belligerents,
     * and a British or Australian side makes any battle of the Empire's wars "British" or "Pacific": wars of those
     * regions (the Australian frontier wars for Saipan) are no rivals.
     */
    private boolean placed() {
        if (placeRegions == null) {
            placeRegions = placeRegions(article);
        }
        return !placeRegions.isEmpty();
    }

    private Set<String> placeRegions(ParsedArticle battle) {
        return gazetteer.regionsOf(battle.location(), List.of(), List.of(), null);
    }

    /**
     * A bank battle the gazetteer places in none of this battle's regions, both places being known: a battle of
     * another theatre, whose war (the Eastern Front for a battle in Normandy) a learner rules out at once.
     */
    boolean ofAnotherTheatre(ParsedArticle other) {
        if (!placed()) {
            return false;
        }
        Set<String> theirs = placeRegions(other);
        return !theirs.isEmpty() && java.util.Collections.disjoint(theirs, regions());
    }

    /** Where other battles of the battle's region and era were fought, none the article names. */
    List<String> eraSites() {
        return eraNames(gazetteer::sitesNear).stream()
                .filter(site -> !mentions(site.split(",")[0].replaceFirst("^(?i)(?:near|off|outside) ", ""))).toList();
    }

    private List<String> eraNames(java.util.function.BiFunction<Integer, Set<String>, List<String>> near) {
        Optional<DateValue> start = start();
        if (start.isEmpty()) {
            return List.of();
        }
        return near.apply(start.get().year(), regions()).stream().map(n -> DISAMBIGUATION.matcher(n).replaceFirst(""))
                .filter(n -> !mentions(n)).distinct().toList();
    }

    /** "Qin (state)": an encyclopedia's disambiguation after a name, which no learner reads as part of it. */
    private static final java.util.regex.Pattern DISAMBIGUATION = java.util.regex.Pattern.compile("\\s*\\([\\p{Ll} ]+\\)$");

    private Set<String> regions() {
        if (regions == null) {
            List<String> belligerents = sides().stream().flatMap(s -> belligerentNames(s).stream()).toList();
            regions = gazetteer.regionsOf(article.location(), belligerents, allCommanderNames(), article.partOf());
        }
        return regions;
    }

    /** Every figure the article states, in the strength and casualty rows of both sides and in its body. */
    List<Long> statedFigures() {
        if (stated == null) {
            List<String> texts = new ArrayList<>();
            for (Side side : sides()) {
                texts.add(side.strength() == null ? null : side.strength().text());
                texts.add(side.casualties() == null ? null : side.casualties().text());
            }
            article.bodyFacts().forEach(f -> texts.add(f.sentence()));
            List<Long> out = new ArrayList<>();
            for (String text : texts) {
                java.util.regex.Matcher m = STATED_FIGURE.matcher(text == null ? "" : text);
                while (m.find()) {
                    out.add(Long.parseLong(m.group().replace(",", "")));
                }
            }
            stated = List.copyOf(out);
        }
        return stated;
    }

    private static final java.util.regex.Pattern STATED_FIGURE = java.util.regex.Pattern.compile(
            "(?<![\\d.,])\\d{1,3}(?:,\\d{3}){1,4}(?![\\d,]*\\d)|(?<![\\d.,])\\d{2,7}(?![\\d.,]*\\d)");
    private List<Long> stated;

    /** Whether the article names this anywhere: in its rows, its sides or a sentence of its body. */
    boolean mentions(String name) {
        if (mentioned == null) {
            StringBuilder all = new StringBuilder();
            java.util.stream.Stream.of(article.title(), article.partOf(), article.location(), article.result())
                    .filter(java.util.Objects::nonNull).forEach(t -> all.append(' ').append(Texts.norm(t)));
            for (Side side : sides()) {
                side.belligerents().forEach(e -> all.append(' ').append(Texts.norm(e.name())));
                side.commanders().forEach(c -> all.append(' ').append(Texts.norm(c.name())));
                side.units().forEach(e -> all.append(' ').append(Texts.norm(e.name())));
            }
            article.bodyFacts().forEach(f -> all.append(' ').append(Texts.norm(f.sentence())));
            mentioned = all.append(' ').toString();
        }
        String n = Texts.norm(name);
        return !n.isEmpty() && mentioned.contains(" " + n + " ");
    }

    /** The words of a name that tell one person from another: "Shimazu" and "Yoshihiro", not "of" or "von". */
    private static Set<String> nameWords(String name) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : Texts.norm(name).split(" ")) {
            if (w.length() >= 4) {
                out.add(w);
            }
        }
        return out;
    }

    /** Every commander name of the article, on whichever side. */
    List<String> allCommanderNames() {
        List<String> names = new ArrayList<>();
        for (Side s : sides()) {
            commanders(s).forEach(c -> names.add(Texts.withoutRefs(c.name())));
        }
        return names;
    }

    /** Which side lists this commander, or -1. */
    int sideOfCommander(String name) {
        if (commanderNorms == null) {
            commanderNorms = sides().stream().map(side -> commanders(side).stream().map(c -> Texts.norm(c.name()))
                    .collect(Collectors.toSet())).toList();
        }
        String wanted = Texts.norm(name);
        for (int i = 0; i < commanderNorms.size(); i++) {
            if (commanderNorms.get(i).contains(wanted)) {
                return i;
            }
        }
        return -1;
    }

    Optional<DateValue> start() {
        return DateValue.parse(article.dateStart());
    }

    Optional<DateValue> end() {
        return DateValue.parse(article.dateEnd()).or(this::start);
    }

    /** "winning" or "losing" for a side of a two-sided battle with a sure winner; empty otherwise. */
    Optional<String> outcomeOf(int index) {
        Integer w = winner();
        if (w == null || sides().size() != 2) {
            return Optional.empty();
        }
        return Optional.of(w == index ? "winning" : "losing");
    }

    /**
     * The winning side, or null when there is none, the result splits the verdict or weighs the battle two ways
     * ("Tactical French victory; strategically inconclusive"), the side is a guess, or the result does not name it.
     */
    Integer winner() {
        Integer w = article.winner();
        boolean valid = w != null && w >= 0 && w < sides().size() && !splitVerdict(article.result())
                && !OutcomeItems.mixedVerdict(article.result()) && winnerSure();
        return valid && resultNames(w) ? w : null;
    }

    /**
     * Whether the result row names the side ("Decisive Ottoman victory"): a winner read from anywhere else ("See
     * Outcome section", "Decisive Republican victory" with sides named otherwise) is not taught.
     */
    private boolean resultNames(int side) {
        return belligerentNames(sides().get(side)).stream().anyMatch(n -> NamedEntry.isNamedIn(article.result(), n));
    }

    /** "US military victory; North Vietnamese political victory": two victories of different kinds. */
    static boolean splitVerdict(String result) {
        if (result == null) {
            return false;
        }
        String lower = result.toLowerCase(Locale.ROOT);
        int victories = lower.split("\\bvictory\\b", -1).length - 1;
        return victories >= 2 && VICTORY_KIND.matcher(lower).find();
    }

    /**
     * How sure the parser is of the side of every commander (or every belligerent): the least sure one. A
     * commander's side is named by its belligerents, so it is never surer than they are.
     */
    double attributionConfidence(boolean commanders) {
        double belligerents = sides().stream().flatMapToDouble(s -> s.belligerents().stream()
                .mapToDouble(NamedEntry::confidence)).min().orElse(1.0);
        if (!commanders) {
            return belligerents;
        }
        return Math.min(belligerents, sides().stream().flatMapToDouble(s -> s.commanders().stream()
                .mapToDouble(Commander::confidence)).min().orElse(1.0));
    }

    /**
     * The belligerents row as it reads: "Belligerents: Royalists against Parliamentarians", without a name whose
     * column is in doubt.
     */
    String belligerentsRow() {
        List<String> sides = sides().stream().map(s -> String.join(", ", belligerentNames(s).stream()
                        .filter(name -> !inDoubt(s, name)).toList()))
                .filter(s -> !s.isBlank()).toList();
        return "Belligerents: " + String.join(" against ", sides);
    }

    /** "England" printed where either column may hold it: a quote that sets the sides against each other leaves it out. */
    private static boolean inDoubt(Side side, String name) {
        return side.belligerents().stream().anyMatch(e -> sideName(Texts.withoutRefs(e.name())).equals(name)
                && e.confidence() < QualityGates.MIN_SIDE_CONFIDENCE);
    }

    /** Every commander, sides unsaid: "Commanders and leaders: Charles I, Prince Rupert, Thomas Fairfax". */
    String allCommandersRow() {
        return "Commanders and leaders: " + String.join(", ", sides().stream().flatMap(s -> commanders(s).stream())
                .map(c -> Texts.withoutRefs(c.name())).toList());
    }

    /** One side's commanders row: "Commanders and leaders, Royalists: Charles I, Prince Rupert". */
    String commandersRow(int side) {
        List<String> names = commanders(sides().get(side)).stream().map(c -> Texts.withoutRefs(c.name()) + FateItems.note(c))
                .toList();
        return Evidence.row("Commanders and leaders", sideLabel(side).orElse(""), String.join(", ", names));
    }

    /**
     * Both answers a true/false item may key, the one the set has used less first: every such fact is drafted as a
     * true and a false statement, and the set keeps the one that keeps its answers even.
     */
    List<Boolean> truthsInTurn() {
        boolean first = nextTruth();
        return List.of(first, !first);
    }

    /**
     * Whether the next true/false item states the truth: the less used answer so far, and True on a tie, so a set
     * keys about as many False as True (a true statement is the one the set drops more often, when it would give
     * another item's answer away).
     */
    boolean nextTruth() {
        boolean truth = trueStatements <= falseStatements;
        if (truth) {
            trueStatements++;
        } else {
            falseStatements++;
        }
        return truth;
    }

    SourceLine source(String field) {
        return article.sourceOf(field);
    }

    /** The only other side of a two-sided battle, or -1. */
    int otherSide(int index) {
        return sides().size() == 2 ? 1 - index : -1;
    }
}
