package org.battlequiz.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the dated and numeric sentences of the body into BodyFacts: "On 5 June ... regained control" gives a DATE
 * (the year taken from the sentence, the paragraph before it or the battle), "25,000 residents stayed" a NUMBER, and
 * any other sentence a SENTENCE, for items on its words.
 */
final class BodyFactExtractor {
    private BodyFactExtractor() {
    }

    static List<BodyFact> extract(List<TextLine> body, String battleDate) {
        List<BodyFact> out = new ArrayList<>();
        Integer year = yearOf(battleDate);
        for (TextLine line : body) {
            for (String tagged : Sentences.split(line.tagged())) {
                String sentence = LineCleaner.strip(tagged);
                SourceLine source = new SourceLine(line.number(), line.raw(), LineCleaner.refs(tagged));
                List<BodyDates.Found> dates = BodyDates.find(sentence, year);
                int before = out.size();
                for (BodyDates.Found d : dates) {
                    if (!ANTICIPATED.matcher(sentence.substring(0, d.start())).find()) {
                        out.add(new BodyFact(BodyFact.BodyFactKind.DATE, d.iso(), sentence, source));
                    }
                    year = d.year();
                }
                for (Quantity q : Quantity.scan(sentence)) {
                    if (!BodyDates.covers(dates, q) && !isYear(q, sentence) && q.min() >= 2) {
                        out.add(new BodyFact(BodyFact.BodyFactKind.NUMBER,
                                sentence.substring(q.start(), q.end()), sentence, source));
                    }
                }
                if (out.size() == before && !sentence.isBlank()) {
                    out.add(new BodyFact(BodyFact.BodyFactKind.SENTENCE, null, sentence, source));
                }
            }
        }
        return out;
    }

    /** "these were not expected until 22 June": a date something was awaited by is not when the sentence happened. */
    private static final java.util.regex.Pattern ANTICIPATED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:not|never|expected|due|planned|scheduled)\\b[^.;]{0,40}\\b(?:until|till)\\s*$");

    private static boolean isYear(Quantity q, String sentence) {
        String text = sentence.substring(q.start(), q.end());
        return text.length() == 4 && q.min() == q.max() && q.min() >= 100 && q.min() <= 2100
                && text.chars().allMatch(Character::isDigit);
    }

    static Integer yearOf(String iso) {
        if (iso == null) {
            return null;
        }
        boolean negative = iso.startsWith("-");
        String digits = (negative ? iso.substring(1) : iso).split("-")[0];
        try {
            int y = Integer.parseInt(digits);
            return negative ? -y : y;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
