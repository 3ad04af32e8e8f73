package org.battlequiz.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.battlequiz.article.Casualties;
import org.battlequiz.article.CasualtyClaim;
import org.battlequiz.article.SourceLine;
import org.battlequiz.article.Strength;

/** Losses per side as numeric items; a contested figure is asked only in the name of its claimant. */
final class CasualtyItems implements ItemStrategy {
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*");

    @Override
    public List<Draft> drafts(Battle battle, Random random) {
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < battle.sides().size(); i++) {
            Casualties casualties = battle.sides().get(i).casualties();
            if (casualties == null || battle.sideLabel(i).isEmpty()) {
                continue;
            }
            if (casualties.contested()) {
                for (CasualtyClaim claim : casualties.claims()) {
                    SourceLine line = claim.source() != null ? claim.source()
                            : StrengthItems.lineOf(casualties.sources(), "");
                    addAll(drafts, battle, i, claim.text(), line == null ? List.of() : List.of(line),
                            Math.min(casualties.confidence(), battle.labelConfidence(i)), claim.claimant(), random);
                }
            } else {
                addAll(drafts, battle, i, casualties.text(), casualties.sources(),
                        Math.min(casualties.confidence(), battle.labelConfidence(i)), soleClaimant(casualties), random);
            }
        }
        return drafts;
    }

    /** "366–459 killed (acc. Armed Forces of Ukraine)": a figure the row says is one party's count is asked as theirs. */
    private static String soleClaimant(Casualties casualties) {
        return casualties.claims().stream().map(CasualtyClaim::claimant).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
    }

    private static void addAll(List<Draft> drafts, Battle battle, int side, String text, List<SourceLine> sources,
                               double confidence, String claimant, Random random) {
        List<Amount> amounts = Amount.parse(text);
        java.util.Set<String> totalled = new java.util.HashSet<>();
        amounts.stream().filter(CasualtyItems::isTotal).forEach(a -> totalled.add(Texts.norm(a.label())));
        for (Amount a : amounts) {
            if (!isTotal(a) && totalled.contains(Texts.norm(a.label()))) {
                continue;
            }
            String category = a.lossCategory();
            boolean vague = category == null && !a.label().isEmpty();
            boolean oneOfSeveralBare = a.label().isEmpty() && NUMBER.matcher(Texts.withoutRefs(text)).results().count() > 1;
            if (vague || oneOfSeveralBare || a.lowerBound() || StrengthItems.tooWide(a.figure()) || !askable(a)
                    || kindOfAnother(amounts, a)) {
                continue;
            }
            String id = "casualties:" + side + ":" + Texts.norm(a.context() + " " + a.label()) + ":" + Texts.norm(claimant);
            boolean named = battle.belligerentInSentence(side, a.context()).isPresent();
            if (!named && oneOfSeveralGroups(amounts, a)) {
                continue;
            }
            Optional<String> when = named ? Optional.of("") : StrengthItems.when(a.context());
            if (when.isEmpty()) {
                continue;
            }
            String asked = question(battle, side, a, category, true) + when.get() + " " + battle.atName();
            String answered = !a.figure().display().equals("1") ? asked
                    : question(battle, side, a, category, false) + when.get() + " " + battle.atName();
            String prompt = Texts.capitalize(lead(claimant) + asked + "?");
            String quoted = Evidence.partsHolding(text, a.written());
            String evidence = Evidence.row("Casualties and losses", battle.sideLabel(side).orElse(""),
                    claimant == null || Texts.containsWords(quoted, claimant) ? quoted
                            : quoted + " (" + Texts.withoutRefs(claimant) + ")");
            FactRef fact = new FactRef(id, "casualties", StrengthItems.lineOf(sources, a.written()), confidence)
                    .stating(Texts.capitalize(lead(claimant) + answer(answered, a.figure().display())))
                    .quoting(evidence);
            Draft draft = Items.figure(fact, prompt, a.figure(), Items.otherFigures(amounts, a), battle.statedFigures(),
                    random, 0.65);
            drafts.add(claimant == null ? draft : draft.claimedBy(claimant));
        }
    }

    /**
     * "20 killed, 90 wounded; 50 killed, 300 wounded" for Ranland and Tolm: one of several figures worded
     * alike, with no group named before it, is a part of the side's loss and not the side's.
     */
    private static boolean oneOfSeveralGroups(List<Amount> amounts, Amount a) {
        return a.lossCategory() != null && amounts.stream().anyMatch(o -> o != a && !isTotal(o)
                && Texts.norm(a.label()).equals(Texts.norm(o.label()))
                && java.util.Objects.equals(a.context(), o.context()));
    }

    /**
     * "1 battleship captured" beside "1 coastal battleship captured": a count of a thing whose own kind is counted
     * apart, so "how many battleships were captured" has two right answers.
     */
    private static boolean kindOfAnother(List<Amount> amounts, Amount a) {
        if (a.lossPhrase() == null || !Strength.countsEquipment(a.lossSubject())) {
            return false;
        }
        String kind = Texts.plural(a.lossSubject().toLowerCase(java.util.Locale.ROOT));
        return amounts.stream().anyMatch(o -> o != a && o.lossPhrase() != null && o.lossPhrase().equals(a.lossPhrase())
                && Texts.plural(o.lossSubject().toLowerCase(java.util.Locale.ROOT)).endsWith(" " + kind));
    }

    /** "Total: 8,010 wounded or missing" under each division's own: the parts are not the side's figure. */
    private static boolean isTotal(Amount a) {
        return a.context() != null && a.context().strip().equalsIgnoreCase("total");
    }

    /** "11 killed or fatally wounded" counts nobody a question could name ("or fatally"): left out. */
    private static boolean askable(Amount a) {
        String who = a.lossPhrase() == null ? "" : a.lossSubject();
        if (TRIVIA.matcher(who).find() || AGENT.matcher(who).find() || ANOTHER_FIGURE.matcher(who).find()) {
            return false;
        }
        return who.isEmpty() || Strength.countsEquipment(who) || ForceNouns.of(who).isPresent();
    }

    /** "12 medium bombers destroyed 60–84 killed": a second figure in the words after the first runs two losses together. */
    private static final java.util.regex.Pattern ANOTHER_FIGURE = java.util.regex.Pattern.compile("\\d");

    /** "172 cannons captured by the Union": a loss with its taker, which no "how many ... were captured" reads around. */
    private static final java.util.regex.Pattern AGENT = java.util.regex.Pattern.compile("(?i)\\bby\\b");

    /** "20 ammunition wagons", "4–6 flags": spoils a teacher would not ask about, unlike men, ships or tanks. */
    private static final java.util.regex.Pattern TRIVIA = java.util.regex.Pattern.compile(
            "(?i)\\b(wagons?|carts?|flags?|colou?rs|standards?|banners?|horses?|mules?|muskets?|rifles?|ammunition"
                    + "|baggage|supplies|drums?|tents?)\\b");

    private static String lead(String claimant) {
        if (claimant == null) {
            return "";
        }
        String c = Texts.withoutRefs(claimant).replaceAll("^[Tt]he ", "");
        return "according to the " + c + ", ";
    }

    /**
     * "how many men on the side of X were killed at Y" answered: "2,000 men on the side of X were killed at Y.", and
     * "1 man ... was killed".
     */
    static String answer(String asked, String figure) {
        String rest = asked.replaceFirst("^(at least )?how many ", "");
        String atLeast = asked.startsWith("at least ") ? "at least " : "";
        if (rest.matches("casualties did .*")) {
            return rest.replaceFirst("^casualties did (.*?) suffer", "$1 suffered " + figure + " casualties") + ".";
        }
        if (rest.matches("\\S+ did .* lose.*")) {
            return rest.replaceFirst("^(\\S+) did (.*?) lose", "$2 lost " + figure + " $1") + ".";
        }
        if (figure.equals("1")) {
            rest = rest.replaceFirst("^men ", "man ").replaceFirst("^soldiers ", "soldier ").replaceFirst(" were ", " was ");
        }
        return atLeast + figure + " " + rest + ".";
    }

    /** Since the First World War's era women have served and been taken among the losses: "soldiers", not "men". */
    private static final int SOLDIERS_FROM = 1900;

    private static String people(Battle battle) {
        return !atSeaOrInTheAir(battle)
                && battle.start().map(DateValue::year).filter(year -> year >= SOLDIERS_FROM).isPresent()
                ? "soldiers" : "men";
    }

    /** Sides counted in ships or aircraft and nothing that fights on land: their dead were sailors or airmen. */
    private static boolean atSeaOrInTheAir(Battle battle) {
        List<String> counted = battle.sides().stream().filter(s -> s.strength() != null).map(s -> s.strength().text())
                .filter(t -> t != null && !t.isBlank()).toList();
        return !counted.isEmpty()
                && counted.stream().allMatch(t -> SHIPS_OR_AIRCRAFT.matcher(t).find() && !LAND_FORCES.matcher(t).find());
    }

    private static final Pattern SHIPS_OR_AIRCRAFT = Pattern.compile("(?i)\\b(?:ships?|warships?|cruisers?|destroyers?|"
            + "battleships?|carriers?|frigates?|submarines?|corvettes?|gunboats?|torpedo boats?|galleys?|men-of-war|"
            + "sloops?|bombers?|fighters?|aircraft|planes?|seaplanes?)\\b");
    private static final Pattern LAND_FORCES = Pattern.compile("(?i)\\b(?:infantry|cavalry|divisions?|brigades?|"
            + "regiments?|battalions?|troops|soldiers|tanks?|artillery|corps|armies|army|marines)\\b");

    /** plural: "how many coastal battleships", as a question asks; the singular where the answer is one. */
    private static String question(Battle battle, int side, Amount a, String category, boolean plural) {
        String group = battle.belligerentInSentence(side, a.context()).orElse(battle.sideInSentence(side).orElseThrow());
        if (category == null) {
            return "how many casualties did " + group + " suffer";
        }
        String phrase = a.lossPhrase();
        if (phrase == null) {
            return "how many " + a.label() + " did " + group + " lose";
        }
        String who = a.lossSubject();
        if (Strength.countsEquipment(who)) {
            return "how many " + (plural ? Texts.plural(who) : who) + " of " + group + " were " + phrase;
        }
        String noun = (who.isEmpty() ? people(battle) : who) + " on the side of " + group;
        String verb = switch (phrase.replace(", ", " and ")) {
            case "dead", "deaths", "died", "slain", "killed" -> "were killed";
            case "captured", "pow", "pows", "prisoners", "prisoners of war" -> "were taken prisoner";
            case "dead and wounded", "killed and wounded", "dead or wounded" -> "were killed or wounded";
            default -> "were " + phrase;
        };
        return (a.lowerBound() ? "at least " : "") + "how many " + noun + " " + verb;
    }
}
