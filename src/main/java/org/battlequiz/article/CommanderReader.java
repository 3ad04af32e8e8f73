package org.battlequiz.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads commander lines: status markers become the note, ranks are dropped, role lines attach to the name above. */
final class CommanderReader {
    /** A commander and the role text around it ("Hezbollah commander"), used to check its side. */
    record Entry(Commander commander, String role) {
    }

    private static final Pattern PAREN = Pattern.compile("\\(([^()]*)\\)");
    private static final Set<String> RANK_WORDS = Set.of("lt", "lt.", "col", "col.", "gen", "gen.", "maj", "maj.",
            "capt", "capt.", "brig", "brig.", "adm", "adm.", "sgt", "sgt.", "cdr", "cdr.", "general", "colonel",
            "major", "captain", "lieutenant", "brigadier", "admiral", "marshal", "field", "commander", "commodore",
            "vice", "rear", "sir", "dr.", "dr", "mr.", "generalleutnant", "generaloberst", "generalfeldmarschall",
            "generalmajor", "oberst", "major-general", "lieutenant-general", "brigadier-general", "air", "chief",
            "senior", "sergeant", "corporal", "private", "ensign", "lt-col", "lt.-col.", "gen.-lt.",
            "hon.", "rev.", "reverend", "emir", "sheikh", "mullah", "imam", "ayatollah", "consul", "proconsul", "legate", "tribune", "praetor", "colonel-general",
            "emperor", "empress", "crown");

    private CommanderReader() {
    }

    static List<Entry> read(List<Piece> pieces, double confidence) {
        List<Entry> out = new ArrayList<>();
        for (Piece p : pieces) {
            String text = p.clean();
            if (text.isEmpty() || text.endsWith(":")) {
                continue;
            }
            if (text.startsWith("(") && text.endsWith(")") && !out.isEmpty()) {
                Entry last = out.remove(out.size() - 1);
                out.add(new Entry(last.commander(), (last.role() + " " + text.substring(1, text.length() - 1)).strip()));
                continue;
            }
            if (isRoleItem(text) && !out.isEmpty()) {
                Entry last = out.remove(out.size() - 1);
                out.add(new Entry(last.commander(), (last.role() + " " + text).strip()));
                continue;
            }
            for (String name : splitAtRanks(text)) {
                Entry e = entry(name, p.source(), confidence);
                if (e != null) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /**
     * "Lt. John Chard Lt. Gonville Bromhead" -> two names: an abbreviated rank after a name of two words or more
     * starts the next name, as does any rank after a comma ("Lord Raglan, General de Saint Arnaud").
     */
    static List<String> splitAtRanks(String text) {
        String[] words = text.split(" ");
        List<String> out = new ArrayList<>();
        int start = 0;
        int nameWords = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            boolean afterComma = i > 0 && words[i - 1].endsWith(",") && isRank(w);
            boolean rank = w.endsWith(".") && isRank(w);
            if ((rank || afterComma) && nameWords >= 2 && i + 1 < words.length
                    && (Words.capitalized(words[i + 1]) || afterComma)) {
                out.add(String.join(" ", java.util.Arrays.copyOfRange(words, start, i)).replaceAll(",$", ""));
                start = i;
                nameWords = 0;
            } else if (!rank) {
                nameWords++;
            }
        }
        out.add(String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length)));
        return out;
    }

    /** "LewenhauptPOW", "Charles XIIWIA": a status mark glued to the end of a name or its regnal number. */
    private static final Pattern GLUED_STATUS = Pattern.compile("(\\p{Ll}|\\b[IVX]{1,4})(KIA|WIA|DOW|POW|MIA)\\b");

    /** "Spain Holy Roman Empire Alfonso d'Avalos": the flag labels of states before a given name are no part of it. */
    private static String withoutLeadingStates(String text) {
        List<String> words = List.of(text.split(" "));
        int states = 0;
        for (int n = Lexicon.leadingState(words); n > 0 && states + n < words.size();
             n = Lexicon.leadingState(words.subList(states, words.size()))) {
            states += n;
        }
        return states > 0 && states < words.size() && Lexicon.isGivenName(words.get(states))
                ? String.join(" ", words.subList(states, words.size())) : text;
    }

    /** "Muhammad Mustafa "Abu Adel"": a nickname in quotes is not part of the name. */
    private static final Pattern NICKNAME = Pattern.compile("\\s*[\"\u201c][^\"\u201c\u201d]{1,30}[\"\u201d]");

    /** "Mstislav III (POW" at the end of a line: a bracket the page left open closes there. */
    private static final Pattern UNCLOSED = Pattern.compile("\\(([^()]*)$");

    /** "Coloman of Slavonia  DOW)": a status the page closed without opening it. */
    private static final Pattern UNOPENED = Pattern.compile("\\s(\\S+)\\)$");

    /** "2 infantry divisions", "3 Panzer divisions": a count of formations, as a row that lost its label ran on. */
    private static final Pattern COUNTED = Pattern.compile("\\d[\\d,.]*\\s+\\p{L}");

    static Entry entry(String text, SourceLine source, double confidence) {
        text = withoutLeadingStates(UNCLOSED.matcher(text).replaceAll("($1)"));
        if (text.indexOf('(') < 0) {
            text = UNOPENED.matcher(text).replaceAll(" ($1)");
        }
        text = NameSegmenter.withoutRemark(GLUED_STATUS.matcher(text).replaceAll("$1 $2"));
        String note = status(text);
        StringBuilder role = new StringBuilder();
        Matcher m = PAREN.matcher(text);
        while (m.find()) {
            if (statusOf(m.group(1)) == null) {
                role.append(m.group(1)).append(' ');
            }
        }
        int colon = text.indexOf(": ");
        if (colon > 0 && isRoleText(text.substring(colon + 2))) {
            role.append(text.substring(colon + 2)).append(' ');
            text = text.substring(0, colon);
        } else if (colon > 0 && isRoleLabel(text.substring(0, colon)) && Words.capitalized(text.substring(colon + 2))) {
            role.append(text, 0, colon).append(' ');
            text = text.substring(colon + 2);
        }
        String name = PAREN.matcher(text).replaceAll(" ").replace("†", " ").replace("‡", " ");
        name = name.replaceAll("(?i)\\b(KIA|WIA|DOW|POW|MIA|executed|surrendered|captured)\\b", " ").stripTrailing();
        if (name.endsWith(" +")) {
            name = name.substring(0, name.length() - 2);
        }
        name = stripRanks(LineCleaner.collapse(name).replaceAll("^[•·*\\-–]+ ?", "").strip());
        name = NameCleaner.withoutTrailingDescription(name.replaceAll("[,;:]+$", "").strip());
        String unnicknamed = LineCleaner.collapse(NICKNAME.matcher(name).replaceAll(" ")).strip();
        name = Words.tokens(unnicknamed).size() >= 2 ? unnicknamed : name;
        if (name.isEmpty() || Words.tokens(name).isEmpty() || NameCleaner.isPlaceholder(name) || Lexicon.isState(name)
                || ROLE_ONLY.matcher(name).matches() || COUNTED.matcher(name).lookingAt()) {
            return null;
        }
        return new Entry(new Commander(name, note, source, confidence), role.toString().strip());
    }

    /** "supreme commander", "Lithuanian commander": a list item that describes the name before it. */
    static boolean isRoleItem(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        String[] words = t.split(" ");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        boolean roleNoun = last.equals("commander") || last.equals("leader") || last.equals("chief")
                || last.equals("commanders") || last.equals("leaders");
        String lower = t.toLowerCase(Locale.ROOT);
        boolean roleWords = lower.contains("commander") || lower.contains("leader") || lower.contains("chief")
                || lower.contains("in command");
        return Character.isLowerCase(t.codePointAt(0)) && words.length <= 6 && roleWords
                || roleNoun && words.length <= 3;
    }

    /** "Overall commander", "Supreme field commander": what a colon after a name introduces. */
    private static boolean isRoleText(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return Character.isUpperCase(text.codePointAt(0)) && (t.contains("commander") || t.contains("leader")
                || t.contains("chief") || t.contains("general") || t.contains("admiral")) || t.startsWith("overall");
    }

    private static final Pattern ROLE_LABEL = Pattern.compile(
            "(?i).*\\b(commander|commanders|chief|c-in-c|forces|army|navy|fleet|squadron|command|deputy|second|"
                    + "president|ruler|shogun|regent)\\b.*");

    private static final Pattern ROLE_ONLY = Pattern.compile("(?i)(c-in-c|cinc|commander-in-chief|second-in-command)");

    /** "Commander-in-Chief", "C-in-C, Ottoman forces": a role or force label written before the name it heads. */
    private static boolean isRoleLabel(String text) {
        return text.split(" ").length <= 5 && ROLE_LABEL.matcher(text).matches();
    }

    /** "Emir Bey": a title that follows a name never stands for the name, so a rank word before it is the name. */
    static String stripRanks(String name) {
        String[] words = name.split(" ");
        int i = 0;
        while (i < words.length - 1) {
            if (isRank(words[i].toLowerCase(Locale.ROOT))) {
                i++;
                continue;
            }
            int n = Lexicon.leadingTitles(java.util.Arrays.copyOfRange(words, i, words.length));
            if (n == 0) {
                break;
            }
            i += n;
        }
        boolean titleLeft = i == words.length - 1 && NamedEntry.isTitleAfterName(words[i]);
        return titleLeft ? name : String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
    }

    /** "Gen.", "admiral", and hyphenated compounds of ranks such as "Vice-Adm." or "Lt.-Gen.". */
    static boolean isRank(String word) {
        if (RANK_WORDS.contains(word)) {
            return true;
        }
        String[] parts = word.split("-");
        return parts.length > 1 && java.util.Arrays.stream(parts)
                .allMatch(part -> RANK_WORDS.contains(part) || RANK_WORDS.contains(part + "."));
    }

    static String status(String text) {
        if (text.contains("†")) {
            return "KIA";
        }
        Matcher m = PAREN.matcher(text);
        while (m.find()) {
            String s = statusOf(m.group(1));
            if (s == null) {
                s = lastGlued(m.group(1));
            }
            if (s != null) {
                return s;
            }
        }
        for (String w : text.split("[ ,;]+")) {
            String s = statusOf(w);
            if (s != null && !w.equals(w.toLowerCase(Locale.ROOT)) || "executed".equals(w) || "surrendered".equals(w)) {
                return statusOf(w);
            }
        }
        return null;
    }

    /** "(POWExecuted)": marks run together, the last one what became of the commander. */
    private static String lastGlued(String marks) {
        String found = null;
        for (String part : marks.strip().split("(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})")) {
            String s = statusOf(part);
            if (s == null) {
                return null;
            }
            found = s;
        }
        return found;
    }

    static String statusOf(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT).replace(".", "");
        return switch (w) {
            case "kia", "killed", "killed in action", "†" -> "KIA";
            case "dow", "died of wounds", "mortally wounded" -> "DOW";
            case "pow", "captured", "surrendered", "prisoner", "taken prisoner" -> "POW";
            case "wia", "wounded" -> "WIA";
            case "executed" -> "Executed";
            default -> null;
        };
    }
}
