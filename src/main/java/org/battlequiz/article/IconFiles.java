package org.battlequiz.article;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Flag and coat-of-arms file names that some readers print before a name ("Hungary Arms.svg Béla IV"). A file name
 * seen at the start of one line and again inside a merged line marks where the merged line's second name begins.
 */
final class IconFiles {
    private static final List<String> EXTENSIONS = List.of(".svg", ".png", ".jpg", ".jpeg", ".gif");
    private static final int LONGEST = 120;

    private IconFiles() {
    }

    static List<TextLine> strip(List<TextLine> in) {
        List<TextLine> lines = flagCaptionsSplit(withoutImageSizes(gluedFilesSplit(in)));
        Set<String> names = new LinkedHashSet<>();
        Set<String> flagFiles = new LinkedHashSet<>();
        boolean any = false;
        for (TextLine line : lines) {
            String raw = line.raw();
            int end = extensionEnd(raw, 0);
            if (end > 0) {
                any = true;
                String lead = raw.substring(0, end).strip();
                if (lead.length() <= LONGEST && !lead.isEmpty()) {
                    names.add(lead);
                }
            }
            java.util.regex.Matcher flagFile = FLAG_FILE.matcher(raw);
            while (flagFile.find()) {
                flagFiles.add(flagFile.group().strip());
            }
        }
        for (String file : flagFiles) {
            if (names.stream().noneMatch(known -> known.endsWith(" " + file))) {
                any = true;
                names.add(file);
            }
        }
        if (!any) {
            return lines;
        }
        List<TextLine> out = new ArrayList<>(lines.size());
        for (TextLine line : lines) {
            if (extensionEnd(line.raw(), 0) < 0) {
                out.add(line);
                continue;
            }
            for (String part : splitAtKnownNames(line.raw(), names)) {
                out.add(TextLine.withIcon(line.number(), dropLeadingName(part), leadingName(part)));
            }
        }
        return out;
    }

    /**
     * "Ottoman EmpireCoat of arms of Moravian Serbia.svg Moravian Serbia", "CarthageVexilloid of Rome.svg Rome": a
     * file name glued to the name before it.
     */
    private static final java.util.regex.Pattern GLUED_FILE = java.util.regex.Pattern.compile(
            "(?<=\\p{Ll})(?=(?:Coat of arms|Flag|Arms|Standard|Banner|Emblem) of [^|]{1,100}?\\.(?i:svg|png|jpe?g|gif)\\b)"
            + "|(?<=\\p{Ll}{2})(?=\\p{Lu}[^|.\\s]*\\s[^|.]{1,80}?\\.(?i:svg|png|jpe?g|gif)\\b)");

    /** "East India Company Sikh Empire flag.jpg Sikh Empire": a file named after the name it stands before. */
    private static final java.util.regex.Pattern NAMED_FILE = java.util.regex.Pattern.compile(
            " (?=(\\p{Lu}[\\p{L}'’-]*+(?: \\p{Lu}[\\p{L}'’-]*+){0,3}) (?i:flag|banner|arms|standard)\\.(?i:svg|png|jpe?g|gif) \\1\\b)");

    /** "County of Flanders Armoiries France Ancien.png Kingdom of France": a heraldic file name inside a line. */
    private static final java.util.regex.Pattern HERALDIC_FILE = java.util.regex.Pattern.compile(
            "(?<=\\S) (?=(?:Blason|Armoiries|Wappen|Escudo|Stemma|Herb) [^|]{1,80}?\\.(?i:svg|png|jpe?g|gif)\\b)");

    /** A file name glued to the end of the name before it, or named after the name after it, starts a line. */
    private static List<TextLine> gluedFilesSplit(List<TextLine> lines) {
        List<TextLine> out = new ArrayList<>(lines.size());
        for (TextLine line : lines) {
            List<String> parts = new ArrayList<>();
            for (String glued : GLUED_FILE.split(line.raw())) {
                for (String named : NAMED_FILE.split(glued)) {
                    parts.addAll(List.of(HERALDIC_FILE.split(named)));
                }
            }
            if (parts.size() == 1) {
                out.add(line);
                continue;
            }
            for (String part : parts) {
                out.add(TextLine.of(line.number(), part));
            }
        }
        return out;
    }

    /**
     * "US flag 48 stars United States Merchant flag of Japan (1870) Empire of Japan": the captions of flag images a
     * reader printed as text, each before the name it stood for. Each caption starts a line of its own, as an icon.
     */
    private static List<TextLine> flagCaptionsSplit(List<TextLine> lines) {
        List<TextLine> out = new ArrayList<>(lines.size());
        for (TextLine line : lines) {
            if (!CAPTION_NOUN.matcher(line.raw()).find() || FLAG_FILE.matcher(line.raw()).find()) {
                out.add(line);
                continue;
            }
            java.util.regex.Matcher m = FLAG_CAPTION.matcher(line.raw());
            List<int[]> found = new ArrayList<>();
            while (m.find()) {
                found.add(new int[] {m.start(), m.end()});
            }
            if (found.isEmpty() || !line.raw().substring(0, found.get(0)[0]).isBlank()) {
                out.add(line);
                continue;
            }
            for (int i = 0; i < found.size(); i++) {
                int end = i + 1 < found.size() ? found.get(i + 1)[0] : line.raw().length();
                String caption = line.raw().substring(found.get(i)[0], found.get(i)[1]).strip();
                out.add(TextLine.withIcon(line.number(), line.raw().substring(found.get(i)[1], end).strip(), caption));
            }
        }
        return out;
    }

    /**
     * "Flag of Spain (1785-1873, 1875-1931).svg", "War flag of the Imperial Japanese Army.svgImperial Japanese Army": a
     * flag's file name, known as one wherever it stands in a line, glued to the name after it or not.
     */
    private static final java.util.regex.Pattern FLAG_FILE = java.util.regex.Pattern.compile(
            "(?<=^|\\s)(?:(?:War|Naval|Civil|State|Royal|Imperial) )?(?:Flag|Coat of arms|Arms|Banner|Royal Standard|"
                    + "Standard|Ensign) of [^\\n]{1,100}?\\.(?:svg|png|jpe?g|gif)(?=\\s|$|(?-i:\\p{Lu}))",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final java.util.regex.Pattern CAPTION_NOUN = java.util.regex.Pattern.compile(
            " (?:flag|ensign|[Ss]tandard|[Bb]anner) ");

    /** "Union flag 1606 (Kings Colors)", "Royal Standard of the King of France", "Merchant flag of Japan (1870)". */
    private static final java.util.regex.Pattern FLAG_CAPTION = java.util.regex.Pattern.compile(
            "(?:\\p{Lu}[\\p{L}.]*\\s+)(?:flag|ensign|[Ss]tandard|[Bb]anner)"
                    + "(?:\\s+of(?:\\s+the)?(?:\\s+\\p{Lu}[\\p{L}]*)+)*(?:\\s+\\d{3,4})?"
                    + "(?:\\s+\\((?:\\d{3,4}(?:[–-]\\d{2,4})?|\\p{Lu}[\\p{L}' ]{2,30})\\))?(?:\\s+\\d{1,2}\\s+stars)?"
                    + "\\s+(?=\\p{Lu})");

    /** "20px Golden Horde": the size a reader printed in place of a flag image. */
    private static List<TextLine> withoutImageSizes(List<TextLine> lines) {
        List<TextLine> out = new ArrayList<>(lines.size());
        for (TextLine line : lines) {
            java.util.regex.Matcher m = IMAGE_SIZE.matcher(line.raw());
            out.add(m.lookingAt() && !line.raw().substring(m.end()).isBlank()
                    ? TextLine.withIcon(line.number(), line.raw().substring(m.end()), m.group().strip()) : line);
        }
        return out;
    }

    private static final java.util.regex.Pattern IMAGE_SIZE = java.util.regex.Pattern.compile(
            "\\s*\\d{1,3}(?:x\\d{1,3})?px\\s+");

    private static List<String> splitAtKnownNames(String raw, Set<String> names) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        while (true) {
            int cut = -1;
            for (String name : names) {
                int at = raw.indexOf(name, from + 1);
                while (at > 0 && raw.charAt(at - 1) != ' ') {
                    at = raw.indexOf(name, at + 1);
                }
                if (at > from && (cut < 0 || at < cut) && !raw.substring(from, at).isBlank()) {
                    cut = at;
                }
            }
            if (cut < 0) {
                parts.add(raw.substring(from));
                return parts;
            }
            parts.add(raw.substring(from, cut));
            from = cut;
        }
    }

    /** "Flag of France.svg Napoleon I" -> "Napoleon I"; a line that is only a file name becomes blank. */
    private static String leadingName(String part) {
        int end = extensionEnd(part, 0);
        return end < 0 ? "" : part.substring(0, end).strip();
    }

    private static String dropLeadingName(String part) {
        int end = extensionEnd(part, 0);
        return end < 0 ? part : part.substring(end).strip();
    }

    /** The index just past the first file extension followed by a space or the line end, or -1. */
    private static int extensionEnd(String raw, int from) {
        String lower = raw.toLowerCase(Locale.ROOT);
        int best = -1;
        for (String ext : EXTENSIONS) {
            int at = lower.indexOf(ext, from);
            while (at >= 0) {
                int end = at + ext.length();
                if (at > 0 && (end == raw.length() || raw.charAt(end) == ' ' || raw.charAt(end) == '\u00A0'
                        || Character.isUpperCase(raw.charAt(end)))) {
                    if (best < 0 || end < best) {
                        best = end;
                    }
                    break;
                }
                at = lower.indexOf(ext, at + 1);
            }
        }
        return best;
    }
}
