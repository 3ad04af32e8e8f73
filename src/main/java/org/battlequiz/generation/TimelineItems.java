package org.battlequiz.generation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.battlequiz.article.BodyFact;
import org.battlequiz.article.SourceLine;

/**
 * Ordering items about the article itself: dated events of its body in order. When the dates would reorder the
 * article's own telling, every clause must state its year, so a guessed year never decides the key.
 */
final class TimelineItems implements ItemStrategy {
    private static final int MAX_EVENTS = 4;
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December";
    private static final String YEAR = "\\d{1,4}(?!\\d)(?:\\s*BC)?";
    private static final String DAYS = "\\d{1,2}(?:(?:\\s*[–-]\\s*|,\\s*|\\s+(?:and|&|to)\\s+)\\d{1,2})*";
    private static final String MONTH_DATE = "(?-i:" + DAYS + "\\s+(?:" + MONTHS + ")(?:,?\\s+" + YEAR + ")?"
            + "|(?:" + MONTHS + ")\\s+" + DAYS + "(?!\\d)(?:,?\\s+" + YEAR + ")?|(?:" + MONTHS + ")\\s+\\d{3,4}(?!\\d)(?:\\s*BC)?)";
    private static final Pattern DATE_PHRASE = Pattern.compile("(?i)\\s*,?\\s*\\b(?:on|in|by|from|until|during)?\\s*"
            + "(?:the\\s+)?(?:early|late|mid-|mid)?\\s*" + MONTH_DATE + "(?:\\s+[ON]\\.S\\.)?,?"
            + "|\\s*,?\\s*\\b(?:on|in|by)\\s+\\d{3,4}(?:\\s*BC)?\\b");

    private static final Pattern STATED_YEAR = Pattern.compile("\\b\\d{3,4}\\b(?:\\s*BC)?");

    /** A dated clause of the body: its date, the clause as written, the clause as an event to order, its sentence. */
    record Event(DateValue date, String clause, String text, SourceLine source) {
    }

    @Override
    public List<Draft> drafts(Battle battle, Random random) {
        List<Draft> drafts = new ArrayList<>();
        bodyTimeline(battle, random).ifPresent(drafts::add);
        return drafts;
    }

    private static Optional<Draft> bodyTimeline(Battle battle, Random random) {
        Map<String, List<BodyFact>> bySentence = new LinkedHashMap<>();
        for (BodyFact f : battle.article().bodyFacts()) {
            if (f.kind() == BodyFact.BodyFactKind.DATE && f.sentence() != null && f.source() != null) {
                bySentence.computeIfAbsent(f.sentence(), s -> new ArrayList<>()).add(f);
            }
        }
        List<Event> events = new ArrayList<>();
        for (List<BodyFact> facts : bySentence.values()) {
            List<String> clauses = datedClauses(facts.get(0).sentence());
            if (clauses.size() != facts.size()) {
                continue;
            }
            for (int i = 0; i < facts.size(); i++) {
                Optional<DateValue> date = DateValue.parse(facts.get(i).value());
                String text = eventText(clauses.get(i));
                if (date.isPresent() && text.length() > 20 && wholeClause(text)
                        && events.stream().noneMatch(e -> e.date().overlaps(date.get()))) {
                    events.add(new Event(date.get(), clauses.get(i), text, facts.get(i).source()));
                }
            }
        }
        if (events.size() < 3) {
            return Optional.empty();
        }
        List<Event> chosen = new ArrayList<>(events.subList(0, Math.min(MAX_EVENTS, events.size())));
        List<Event> told = List.copyOf(chosen);
        chosen.sort(Comparator.comparing(Event::date));
        if (!chosen.equals(told) && !told.stream().allMatch(e -> STATED_YEAR.matcher(e.clause()).find())) {
            return Optional.empty();
        }
        String order = String.join(", then ", chosen.stream().map(e -> "\u201c" + e.text().replaceAll("[.…]$", "")
                + "\u201d (" + e.date().display() + ")").toList());
        String quoted = String.join(" \u2026 ", chosen.stream().map(e -> Evidence.clean(e.source().text())).distinct()
                .toList());
        return Optional.of(Items.ordering(FactRef.of("timeline", "timeline", chosen.get(0).source())
                        .stating("In the article's account the order is " + order).quoting(quoted),
                "Put these events from the article on " + battle.undatedName() + " in chronological order, earliest first.",
                chosen.stream().map(Event::text).toList(), random, 0.6));
    }

    /** The clauses of a sentence that carry a date, in sentence order. */
    static List<String> datedClauses(String sentence) {
        List<String> dated = new ArrayList<>();
        for (String clause : Texts.withoutRefs(sentence).split(";\\s+|,\\s+(?:and|while|but)\\s+|\\s+and\\s+(?=(?:on|in|by)\\s)")) {
            if (DATE_PHRASE.matcher(clause).find()) {
                dated.add(clause);
            }
        }
        return dated;
    }

    /**
     * An event a learner can read as it is: not cut short, no figure left dangling where a date was taken out, not
     * opening on its place in the story ("Years later, ..."), which would give the order away, and naming whom it
     * is about.
     */
    static boolean wholeClause(String text) {
        return !text.endsWith("…") && !DANGLING.matcher(text).find() && !RELATIVE_START.matcher(text).find()
                && !NO_SUBJECT.matcher(text).lookingAt() && !POINTS_BACK.matcher(text).find()
                && !SAYS_NOTHING.matcher(text).matches();
    }

    /** "The Battle of Orle was a fight that happened.": with its date taken out, a clause that tells no event. */
    private static final Pattern SAYS_NOTHING = Pattern.compile("(?i)(?:the )?(?:battle|siege) of [^,.]{1,60}?"
            + " (?:was (?:a|an) (?:fight|battle|engagement|conflict|siege)(?: that (?:happened|took place))?|was fought"
            + "|took place|happened|occurred|began|ended)\\.?");

    /** "Became the first President.": a clause whose subject is in another sentence. */
    private static final Pattern NO_SUBJECT = Pattern.compile("(?:Became|Was|Were|Had|Led|Fought|Took|Signed|Returned|"
            + "Died|Defeated|Joined|Served|Commanded|Won|Lost|Married|Succeeded|Retired|Fled)\\b");
    /** "Among his captains were ...", "This offensive was halted": whom or what, the clause does not say. */
    private static final Pattern POINTS_BACK = Pattern.compile("(?i)\\b(?:he|she|him|his|they|them)\\b"
            + "|^(?-i:(?:This|These|That|Those|It|Its|Their|Her|Such)\\b)");

    private static final Pattern RELATIVE_START = Pattern.compile("(?i)^\\W*(?:(?:a few |some |many |two |three )?"
            + "(?:years|months|weeks|days|decades|centuries) (?:later|after)|later|afterwards|then|next|finally|"
            + "eventually|soon after|shortly after|after (?:this|that)|at last)\\b");

    private static final Pattern DANGLING = Pattern.compile("\\d[–-](?!\\d)|\\b(?:on|in|of|from|by|until)\\s*[,.;]");

    /**
     * The sentence with its date phrases taken out. Inside the sentence a phrase's closing comma stays, so that
     * "continued until October 1691, James fled" reads "continued, James fled", not "continued James fled".
     */
    private static String withoutDates(String sentence) {
        java.util.regex.Matcher m = DATE_PHRASE.matcher(sentence);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (m.find()) {
            out.append(sentence, from, m.start());
            boolean inside = !sentence.substring(0, m.start()).isBlank();
            if (inside && m.group().endsWith(",")) {
                out.append(',');
            }
            from = m.end();
        }
        return out.append(sentence.substring(from)).toString();
    }

    /** The sentence as an event: references and date phrases removed, capitalised, at most about 140 characters. */
    static String eventText(String sentence) {
        String text = withoutDates(Texts.withoutRefs(sentence))
                .replaceAll("\\s+", " ").replaceAll("\\s+([,.;])", "$1").replaceAll("^[,;\\s]+", "").strip();
        if (text.length() > 140) {
            int cut = text.lastIndexOf(' ', 137);
            text = text.substring(0, cut > 60 ? cut : 137).replaceAll("[,;:]$", "") + "…";
        }
        return Texts.capitalize(text);
    }
}
