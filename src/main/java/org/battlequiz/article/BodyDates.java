package org.battlequiz.article;

import java.util.regex.Pattern;

import java.util.ArrayList;
import java.util.List;

/** Finds "5 June", "June 5, 1863", "19 November 1942", "August 1942" and "in 1856" in a sentence. */
final class BodyDates {
    private static final Pattern PUNCT = Pattern.compile("[,.;:)(\\[\\]]");
    record Found(String iso, int year, int start, int end) {
    }

    private BodyDates() {
    }

    static List<Found> find(String sentence, Integer contextYear) {
        List<Found> out = new ArrayList<>();
        List<int[]> spans = MergedLineSeams.spans(sentence);
        List<String> words = new ArrayList<>();
        for (int[] s : spans) {
            words.add(PUNCT.matcher(sentence.substring(s[0], s[1])).replaceAll(""));
        }
        int i = 0;
        while (i < words.size()) {
            Integer month = DateParser.month(words.get(i));
            if (month == null || words.get(i).length() < 3 || !Words.capitalized(words.get(i))) {
                Integer y = year(words, i, "in");
                if (y != null) {
                    out.add(new Found(String.valueOf(y), y, spans.get(i)[0], spans.get(i)[1]));
                }
                i++;
                continue;
            }
            Integer day = day(words, i - 1);
            int first = day != null ? i - 1 : i;
            int last = i;
            if (day == null && day(words, i + 1) != null) {
                day = day(words, i + 1);
                last = i + 1;
            }
            Integer y = plainYear(words, last + 1);
            if (y != null) {
                last++;
            } else {
                y = contextYear;
            }
            if (y != null && (day != null || last > i)) {
                String iso = y + String.format("-%02d", month) + (day == null ? "" : String.format("-%02d", day));
                out.add(new Found(iso, y, spans.get(first)[0], spans.get(last)[1]));
            }
            i = last + 1;
        }
        return out;
    }

    static boolean covers(List<Found> dates, Quantity q) {
        for (Found d : dates) {
            if (q.start() >= d.start() && q.end() <= d.end()) {
                return true;
            }
        }
        return false;
    }

    private static Integer day(List<String> words, int i) {
        if (i < 0 || i >= words.size()) {
            return null;
        }
        String w = words.get(i);
        if (w.length() <= 2 && !w.isEmpty() && w.chars().allMatch(Character::isDigit)) {
            int d = Integer.parseInt(w);
            return d >= 1 && d <= 31 ? d : null;
        }
        return null;
    }

    private static Integer plainYear(List<String> words, int i) {
        if (i >= words.size()) {
            return null;
        }
        String w = words.get(i);
        if (w.length() >= 3 && w.length() <= 4 && w.chars().allMatch(Character::isDigit)) {
            boolean bc = i + 1 < words.size() && words.get(i + 1).matches("BC|BCE");
            int y = Integer.parseInt(w);
            return bc ? -y : y;
        }
        return null;
    }

    private static Integer year(List<String> words, int i, String preposition) {
        if (i == 0 || !words.get(i - 1).equalsIgnoreCase(preposition)) {
            return null;
        }
        String w = words.get(i);
        return w.length() == 4 && w.chars().allMatch(Character::isDigit) ? Integer.parseInt(w) : null;
    }
}
