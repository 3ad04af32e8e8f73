package org.battlequiz.article;

import java.util.List;
import java.util.Locale;

/** What a site puts around an article (banners, navigation, "facts for kids") and where the infobox title is. */
final class PageChrome {
    private static final List<String> CHROME_STARTS = List.of("from wikipedia", "fro' wikipedia", "jump to",
            "welcome to", "*** welcome", "kids encyclopedia", "quick facts for kids", "our website is made possible",
            "please consider supporting", "responsive image", "this is a good article", "this is a featured article",
            "(redirected from", "from academic kids", "coordinates:", "skip to", "navigation", "main menu",
            "search", "log in", "this article ", "this section ", "for other uses", "not to be confused", "infobox", "military wiki",
            "the full wiki", "fbpx", "main page", "article content");
    private static final List<String> TITLE_WORDS = List.of("battle", "siege", "operation", "raid", "campaign",
            "offensive", "assault", "attack", "capture", "fall of", "sack of", "storming", "relief of", "action",
            "engagement", "skirmish", "massacre", "uprising", "landing", "invasion", "defence", "defense",
            "crossing", "battles", "war", "incident", "clash", "conquest", "expedition");
    private static final String KIDS = " facts for kids";

    private PageChrome() {
    }

    private static final java.util.regex.Pattern WIKI_WARNING = java.util.regex.Pattern.compile(
            "^\\s*(?:Preview warning:|Page using Template:|Pages using |Lua error|Cite error:|Template:\\S+ with )");

    /** "Preview warning: Page using Template:Flagcountry with unknown parameter ...": the wiki's, with its gap. */
    static List<TextLine> withoutWikiWarnings(List<TextLine> lines) {
        List<TextLine> out = new java.util.ArrayList<>(lines.size());
        boolean afterWarning = false;
        for (TextLine line : lines) {
            boolean warning = WIKI_WARNING.matcher(line.raw()).find();
            if (!warning && !(afterWarning && line.blank())) {
                out.add(line);
            }
            afterWarning = warning;
        }
        return out.size() == lines.size() ? lines : out;
    }

    static boolean isChrome(String clean) {
        String s = clean.toLowerCase(Locale.ROOT).strip();
        for (String start : CHROME_STARTS) {
            if (s.startsWith(start)) {
                return true;
            }
        }
        return s.equals("kids encyclopedia robot") || s.equals("contents") || s.equals("hide")
                || s.matches("\\(?\\d+ (month|week|day|year)s?.*\\)?");
    }

    /** "Battle of X facts for kids" -> "Battle of X"; a wiki heading "= X =" -> "X"; a breadcrumb "Encyclopedia > X" -> "X". */
    static String titleText(String clean) {
        String s = clean.strip();
        if (s.toLowerCase(Locale.ROOT).endsWith(KIDS)) {
            s = s.substring(0, s.length() - KIDS.length()).strip();
        }
        for (String site : List.of(" - Wikipedia", " ‑ Wikipedia", " – Wikipedia", " — Wikipedia", ": Wikis",
                " | Military Wiki", " - Military Wiki", " explained")) {
            int at = s.indexOf(site);
            if (at > 0) {
                s = s.substring(0, at).strip();
            }
        }
        s = withoutPageJunk(s);
        int crumb = s.lastIndexOf(" > ");
        if (crumb > 0) {
            s = s.substring(crumb + 3).strip();
        }
        if (s.length() > 4 && s.startsWith("=") && s.endsWith("=")) {
            s = s.replaceAll("^=+|=+$", "").strip();
        }
        s = IMAGE_CAPTION.matcher(s).replaceFirst("");
        s = SECOND_NAME.matcher(s).replaceFirst("$1");
        s = OR_NAME.matcher(s).replaceFirst("");
        s = SLASHED_NAMES.matcher(s).replaceFirst("");
        return LEADING_THE.matcher(s).replaceFirst("");
    }

    /** "Second Battle of Svensksund / Rochensalm / Ruotsinsalmi": the place's other names after slashes. */
    private static final java.util.regex.Pattern SLASHED_NAMES = java.util.regex.Pattern.compile(
            "(?<=\\S)\\s+/\\s+\\S.*$");

    /** "Battle of Clontarf, oil on canvas painting by Hugh Frazer, 1826": a picture's caption after the name. */
    private static final java.util.regex.Pattern IMAGE_CAPTION = java.util.regex.Pattern.compile(
            ",\\s+(?:[a-z]+\\s+){0,4}(?:painting|engraving|drawing|print|lithograph|woodcut|illustration|fresco|"
                    + "mosaic|tapestry|photograph|miniature|depiction)\\b.*$");

    /**
     * "Battle of Tessendorf Third Battle of Orrin", "Battle of Tessendorf (Second Battle of Orrin)": the battle's other
     * name printed after it on one line.
     */
    private static final java.util.regex.Pattern SECOND_NAME = java.util.regex.Pattern.compile(
            "^(.*?\\b(?:Battle|Siege) of \\S.*?) \\(?(?:(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth"
                    + "|Last|Great) )?(?:Battle|Siege) of \\S.*$");

    /** "Battle of Tarn (or Osk)": the battle's other name in brackets after the title. */
    private static final java.util.regex.Pattern OR_NAME = java.util.regex.Pattern.compile("\\s*\\(or [^()]+\\)$");

    /** "The First Battle of Lechfeld": an infobox heading that starts with an article names the battle without it. */
    private static final java.util.regex.Pattern LEADING_THE = java.util.regex.Pattern.compile(
            "^The (?=(?:First|Second|Third|Fourth|Fifth|Last|Great|Battle|Battles|Siege|Sack|Fall|Relief)\\b)");

    /** "1/9 Battle of Yr", "12/9/12 ... en.wikipedia.org/wiki/X Battle of X": a printed page's header before the title. */
    private static String withoutPageJunk(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        for (String start : List.of("battle of ", "siege of ", "battles of ", "operation ")) {
            int at = lower.lastIndexOf(start);
            if (at > 0) {
                String before = s.substring(0, at);
                if (before.matches(".*(\\d/\\d|wikipedia|www\\.|\\.org|\\.com).*")) {
                    return s.substring(at).strip();
                }
            }
        }
        return s;
    }

    /**
     * The index of the infobox title: the line before "Part of", else the nearest title-like line before the first
     * row label, else the first line that is not site chrome. A native name ("Trận Ấp Bắc") printed under the
     * English title is not the title.
     */
    static int title(List<TextLine> lines, int firstRow) {
        int firstText = -1;
        for (int i = 0; i < lines.size() && i < Math.max(firstRow, 1); i++) {
            TextLine l = lines.get(i);
            if (!l.blank() && !isChrome(l.clean()) && !ExportLayout.isLongProse(l.clean())) {
                firstText = i;
                break;
            }
        }
        if (firstRow < 0) {
            return firstText;
        }
        for (int i = firstRow; i >= 0 && i > firstRow - 12; i--) {
            String tagged = lines.get(i).tagged();
            if (tagged.regionMatches(true, 0, "Part of", 0, 7) || tagged.regionMatches(true, 0, "Conflict", 0, 8)) {
                int t = previousText(lines, i);
                if (t >= 0 && looksLikeTitle(lines.get(t).clean())) {
                    int above = previousText(lines, t);
                    boolean nativeName = above >= 0 && !hasTitleWord(lines.get(t).clean())
                            && looksLikeTitle(lines.get(above).clean()) && hasTitleWord(lines.get(above).clean());
                    return nativeName || otherNameUnderPageTitle(lines, firstText, above) ? above : t;
                }
            }
        }
        for (int i = firstRow - 1; i >= 0 && i > firstRow - 12; i--) {
            String c = lines.get(i).clean();
            if (!lines.get(i).blank() && looksLikeTitle(c) && hasTitleWord(c) && !c.startsWith("The ")
                    && !isCaption(c) && !underPicture(lines, i)) {
                return i;
            }
        }
        return firstText;
    }

    /**
     * "Battle of Tarn Ford" over "Battle of Osk Hills" where the page is headed "Battle of Tarn Ford": the line the
     * page's own heading repeats is the title, the line under it the battle's other name.
     */
    private static boolean otherNameUnderPageTitle(List<TextLine> lines, int pageHeading, int above) {
        return above >= 0 && pageHeading >= 0 && pageHeading < above
                && lines.get(above).clean().equals(lines.get(pageHeading).clean()) && looksLikeTitle(lines.get(above).clean());
    }

    /** "The Battle of Pharsalus was ..." -> "Battle of Pharsalus", for a page that lost its title line. */
    static String titleFromProse(List<TextLine> lines) {
        for (TextLine l : lines) {
            String[] words = l.clean().split(" ");
            for (int i = 0; i + 2 < words.length; i++) {
                String w = words[i].toLowerCase(Locale.ROOT);
                if (!(w.equals("battle") || w.equals("siege")) || !Character.isUpperCase(words[i].codePointAt(0))
                        || !words[i + 1].equals("of")) {
                    continue;
                }
                int end = i + 2;
                while (end < words.length && (Character.isUpperCase(words[end].codePointAt(0))
                        || words[end].equals("the") && end + 1 < words.length)) {
                    end++;
                    if (words[end - 1].matches(".*[,.;:)]$")) {
                        break;
                    }
                }
                String title = String.join(" ", List.of(words).subList(i, end)).replaceAll("[,.;:)]+$", "");
                if (end > i + 2) {
                    return title;
                }
            }
        }
        return null;
    }

    private static int previousText(List<TextLine> lines, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!lines.get(j).blank()) {
                return j;
            }
        }
        return -1;
    }

    static boolean looksLikeTitle(String clean) {
        String s = titleText(clean);
        int words = s.split(" ").length;
        return !s.isEmpty() && words <= 14 && !s.endsWith(".") && !isChrome(s) && Character.isLetterOrDigit(s.charAt(0))
                && !Character.isLowerCase(s.codePointAt(0))
                && !IMAGE_FILE.matcher(s).find() && !s.contains(".svg") && !s.contains(".jpg") && !s.contains(".png");
    }

    /** "Battle of Grandson": a line that reads as a battle's title. */
    static boolean namesABattle(String clean) {
        return looksLikeTitle(clean) && hasTitleWord(clean);
    }

    /** "battle", "siege": a word that says what kind of event a title names, not which one. */
    static boolean isTitleWord(String folded) {
        return TITLE_WORDS.contains(folded);
    }

    /**
     * "Painting of the later account of the battle by Osk of Tarn, 1822": a picture's caption reads as
     * a phrase with common words in lower case, where a title has at most short particles ("of the") and its kind.
     */
    static boolean isCaption(String clean) {
        int common = 0;
        for (String word : clean.split("[\\s,;:()]+")) {
            if (word.length() >= 4 && Character.isLowerCase(word.codePointAt(0)) && word.chars().allMatch(Character::isLetter)
                    && !TITLE_WORDS.contains(word)) {
                common++;
            }
        }
        return common >= 2;
    }

    /** "Battle of Tarn Mill (1886), Weekly News.jpg" over "Battle of Tarn Mill from The Weekly News": a caption. */
    private static boolean underPicture(List<TextLine> lines, int i) {
        for (int j = i - 1; j >= 0; j--) {
            TextLine above = lines.get(j);
            if (IMAGE_FILE.matcher(above.icon().strip()).find()) {
                return true;
            }
            if (!above.raw().isBlank()) {
                return IMAGE_FILE.matcher(above.raw().strip()).find();
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern IMAGE_FILE = java.util.regex.Pattern.compile(
            "(?i)\\.(?:jpe?g|png|gif|svg|tiff?|webp)$");

    private static boolean hasTitleWord(String clean) {
        String s = clean.toLowerCase(Locale.ROOT);
        for (String w : TITLE_WORDS) {
            if (s.startsWith(w + " ") || s.contains(" " + w + " ") || s.endsWith(" " + w)) {
                return true;
            }
        }
        return false;
    }
}
