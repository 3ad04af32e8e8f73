package org.battlequiz.generation;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.battlequiz.article.Sentences;
import org.battlequiz.article.SourceLine;

/** When the battle was fought: year items, date choices at the date's own precision, true/false with a shifted date. */
final class DateItems implements ItemStrategy {

    /** "August 7 or September 8–10, 480 BC", "disputed": only the year is certain. */
    private static final Pattern ALTERNATIVES = Pattern.compile(
            "(?i)\\bor\\b|\\bdisputed\\b|\\buncertain\\b|\\bclaim\\b|between\\b|\\bsometime\\b");

    /**
     * A Date row; a date read from the lead of "the Battles of X" is that of one of them ("the fourth, in 1561"), no
     * answer to when the battles were.
     */
    private static final Pattern DATE_ROW = Pattern.compile("(?i)^\\W*dates?\\b");

    @Override
    public List<Draft> drafts(Battle battle, Random random) {
        List<Draft> drafts = new ArrayList<>();
        SourceLine line = battle.source("date");
        boolean oneOfSeveral = battle.was().equals("were") && line != null && !DATE_ROW.matcher(line.text()).find();
        if (battle.start().isEmpty() || oneOfSeveral) {
            return drafts;
        }
        DateValue start = battle.start().get();
        DateValue end = battle.end().orElse(start);
        if (line != null && ALTERNATIVES.matcher(line.text()).find()) {
            start = new DateValue(start.year(), null, null);
            end = new DateValue(end.year(), null, null);
        }
        boolean circa = line != null && circa(line.text(), start.year());
        int tolerance = circa ? (start.year() % 10 == 0 ? 10 : 5) : 0;
        boolean open = battle.article().dateEnd() == null;
        boolean span = open || !start.equals(end);
        String fought = open ? battle.undatedCapitalName() + " began " + on(start) + "."
                : span ? battle.undatedCapitalName() + " began " + on(start) + " and ended " + on(end) + "."
                : battle.undatedCapitalName() + " " + battle.was() + " fought " + on(start) + ".";
        FactRef startFact = dated("date", line, start).stating(fought);
        String asked = identified(battle);
        String verb = span ? "begin" : "take place";
        String about = circa ? "In about which year" : "In which year";
        boolean yearNamed = yearInTitle(battle.article().title()) || battle.yearsInName();
        if (!yearNamed) {
            drafts.add(Items.date(startFact, about + " did " + asked + " " + verb + "?" + bcHint(start), start,
                    tolerance, circa ? 0.5 : 0.4));
        }
        if (yearNamed && start.precision() == DateValue.Precision.YEAR) {
            return drafts;
        }
        String calendar = oldStyle(line) ? ", by the Old Style calendar" : "";
        drafts.add(Items.singleChoice(startFact, askWhen(start, circa) + " did " + asked + " " + verb
                + (start.precision() == DateValue.Precision.DAY ? calendar : "") + "?", start.display(),
                distractors(start, tolerance, List.of(start), line, battle::withinItsWar, random), random, 0.5));
        DateValue stated = span && !open && random.nextBoolean() ? end : start;
        DateValue wrong = Dates.shiftOutside(stated, tolerance, random);
        for (int retry = 0; retry < 20 && (statedIn(line, wrong) || !battle.withinItsWar(wrong.year())); retry++) {
            wrong = Dates.shiftOutside(stated, tolerance, random);
        }
        for (boolean truth : battle.truthsInTurn()) {
            DateValue shown = truth ? stated : wrong;
            String when = (shown.precision() == DateValue.Precision.DAY ? "on " : "in ") + (circa ? "about " : "")
                    + shown.display();
            String dayCalendar = shown.precision() == DateValue.Precision.DAY ? calendar : "";
            String statement = span ? battle.undatedCapitalName() + (stated == end ? " ended " : " began ") + when + dayCalendar
                    + "." : battle.undatedCapitalName() + " " + battle.was() + " fought " + when + dayCalendar + ".";
            String correction = "it " + (span ? (stated == end ? "ended " : "began ") : "was fought ")
                    + (stated.precision() == DateValue.Precision.DAY ? "on " : "in ") + stated.display() + ".";
            drafts.add(Items.trueFalse(dated(stated == end && span ? "dateEnd" : "date", line, start).stating(fought),
                    statement, truth || shown.equals(stated), correction, 0.5));
        }
        if (span && !open) {
            FactRef endFact = dated("dateEnd", line, start).stating(fought);
            drafts.add(Items.singleChoice(endFact, askWhen(end, false) + " did " + asked + " end"
                    + (end.precision() == DateValue.Precision.DAY ? calendar : "") + "?", end.display(),
                    distractors(end, tolerance, List.of(start, end), line, battle::withinItsWar, random), random, 0.55));
            durationInDays(start, end).ifPresent(days -> drafts.add(Items.numeric(FactRef.of("duration", "date", line)
                            .stating(fought + " That is " + days + " days from start to end"),
                    "From its start and end dates, about how many days did " + battle.undatedName() + " last?",
                    new Figure(days - 1, days + 1, false), 0.7)));
            if (end.year() != start.year() && !yearNamed) {
                drafts.add(Items.date(endFact, "In which year did " + asked + " end?" + bcHint(end), end, 0, 0.45));
            }
        }
        return drafts;
    }

    /**
     * "the Battle of Saint-Quentin, part of the Italian Wars": where the page tells this battle apart from others of
     * its name (its title line says "(1557)", or its text names "the Battle of Beneventum (212 BC)"), a question on
     * when it was fought names its war, so that only one year answers it.
     */
    static String identified(Battle battle) {
        String partOf = battle.article().partOf();
        if (partOf == null || partOf.isBlank() || !nameShared(battle)) {
            return battle.undatedName();
        }
        return battle.undatedName() + ", part of " + Texts.conflictInSentence(Texts.firstConflict(partOf)) + ",";
    }

    private static boolean nameShared(Battle battle) {
        String title = Texts.plainTitle(battle.article().title());
        Pattern marked = Pattern.compile(Pattern.quote(title) + "\\s*\\((?:c\\.\\s*)?\\d{1,4}(?:\\s*(?:BC|BCE|AD|CE))?\\)");
        for (String field : List.of("title", "pageName")) {
            org.battlequiz.article.SourceLine line = battle.article().sourceOf(field);
            if (line != null && marked.matcher(line.text()).find()) {
                return true;
            }
        }
        int year = battle.start().map(d -> Math.abs(d.year())).orElse(0);
        return battle.article().bodyFacts().stream().map(org.battlequiz.article.BodyFact::sentence)
                .filter(java.util.Objects::nonNull).anyMatch(sentence -> namesAnotherYear(marked.matcher(sentence), year));
    }

    /** "the Battle of Beneventum (214 BC)" in the article on the battle of 275 BC; not "(17 March 45 BC)" for itself. */
    private static boolean namesAnotherYear(java.util.regex.Matcher marked, int year) {
        while (marked.find()) {
            java.util.regex.Matcher number = YEAR_NUMBER.matcher(marked.group());
            boolean own = false;
            while (number.find()) {
                own |= Integer.parseInt(number.group()) == year;
            }
            if (!own) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern YEAR_NUMBER = Pattern.compile("\\b\\d{1,4}\\b");

    /** "26–28 July 1822 (O.S.)": a date row given in the Old Style only, which a learner must be told. */
    static boolean oldStyle(SourceLine line) {
        return line != null && OLD_STYLE.matcher(line.text()).find() && !NEW_STYLE.matcher(line.text()).find();
    }

    private static final Pattern OLD_STYLE = Pattern.compile("\\bO\\.\\s?S\\.|Old Style");
    private static final Pattern NEW_STYLE = Pattern.compile("\\bN\\.\\s?S\\.|New Style");

    /**
     * "Battle of Tarn (1621)": a title that tells apart battles of one name by their year. A year question would
     * name a battle the learner cannot tell from the others, or give its answer away, so only dates are asked.
     */
    static boolean yearInTitle(String title) {
        return YEAR_IN_BRACKETS.matcher(Texts.withoutRefs(title == null ? "" : title)).find();
    }

    private static final Pattern YEAR_IN_BRACKETS = Pattern.compile("\\((?:[^()]*\\s)?\\d{3,4}(?:\\s*BC)?\\)\\s*$");

    /** A question word that matches the options' precision: a month is no answer to "On what date". */
    static String askWhen(DateValue date, boolean circa) {
        return switch (date.precision()) {
            case DAY -> "On what date";
            case MONTH -> "In which month";
            case YEAR -> circa ? "Roughly when" : "When";
        };
    }

    /** "on 23 October 1642", "in 1046 BC". */
    static String on(DateValue date) {
        return (date.precision() == DateValue.Precision.DAY ? "on " : "in ") + date.display();
    }

    /** "c. 1046 BC", "about September 490 BC": a word of approximation just before the battle's year. */
    static boolean circa(String text, int year) {
        String digits = String.valueOf(Math.abs(year));
        java.util.regex.Matcher m = APPROXIMATELY.matcher(text);
        while (m.find()) {
            int at = text.indexOf(digits, m.end());
            if (at >= 0 && at - m.end() <= 15) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern APPROXIMATELY = java.util.regex.Pattern.compile(
            "(?i)(?:circa|\\bc\\.|(?<=Date)c\\.|ca\\.|\\babout|approximately|around)\\s*|~\\s*");

    /** How to type a year before Christ, said in the stem so a learner need not guess. */
    static String bcHint(DateValue date) {
        int example = date.year() == -605 ? 490 : 605;
        return date.year() < 1 ? " (add BC after the year, as in " + example + " BC)" : "";
    }

    private static Optional<Long> durationInDays(DateValue start, DateValue end) {
        if (start.precision() != DateValue.Precision.DAY || end.precision() != DateValue.Precision.DAY || start.year() < 1) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(LocalDate.of(start.year(), start.month(), start.day()),
                LocalDate.of(end.year(), end.month(), end.day()));
        return days > 1 ? Optional.of(days) : Optional.empty();
    }

    /**
     * Three dates at the same precision as the key, none within its tolerance, equal to a date of the battle or outside
     * the years of its war.
     */
    static List<String> distractors(DateValue key, int tolerance, List<DateValue> avoid, SourceLine line,
                                    IntPredicate possibleYear, Random random) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> taken = new LinkedHashSet<>();
        avoid.forEach(d -> taken.add(d.display()));
        for (int attempt = 0; attempt < 60 && out.size() < 3; attempt++) {
            DateValue d = Dates.shiftOutside(key, tolerance, random);
            if (!taken.contains(d.display()) && !statedIn(line, d) && possibleYear.test(d.year())
                    && avoid.stream().noneMatch(a -> Math.abs(a.year() - d.year()) <= tolerance
                    && key.precision() == DateValue.Precision.YEAR)) {
                out.add(d.display());
            }
        }
        return new ArrayList<>(out);
    }

    /** "7 September [O.S. 26 August] 1812": a day the date row states in another calendar is no wrong answer. */
    static boolean statedIn(SourceLine line, DateValue d) {
        if (line == null || d.day() == null) {
            return false;
        }
        String month = Month.of(d.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return Texts.containsWords(line.text(), d.day() + " " + month)
                || Texts.containsWords(line.text(), month + " " + d.day());
    }

    private static final int LONG_QUOTE = 200;

    /** A date fact quoting, from a long paragraph, only the sentence that gives the year. */
    private static FactRef dated(String id, SourceLine line, DateValue start) {
        return FactRef.of(id, "date", line).quoting(sentenceWithYear(line, start));
    }

    static String sentenceWithYear(SourceLine line, DateValue start) {
        if (line == null || line.text().length() <= LONG_QUOTE) {
            return null;
        }
        String year = String.valueOf(Math.abs(start.year()));
        for (String sentence : Sentences.split(line.text())) {
            if (sentence.contains(year)) {
                return Evidence.clean(sentence);
            }
        }
        return null;
    }
}
