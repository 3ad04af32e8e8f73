package org.battlequiz.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an infobox dumped as "- Key: value" or "key=value" lines (Conflict, Partof, Date, Place, Result, Combatant1,
 * Commander2, Strength1 ...), with list items joined by ", " or "|", into the export's layout. A page may also list
 * each side as its own block of bulleted "Belligerents:", "Commanders:" and "Strength:" lines; the first block is
 * the first column.
 */
final class KeyValueInfobox {
    private static final Map<String, String> HEADER = Map.of("partof", "Part of ", "date", "Date ", "place",
            "Location ", "location", "Location ", "result", "Result ", "territory", "Territorial changes ",
            "status", "Status ");
    private static final Map<String, Section> SECTIONS = Map.of("combatant", Section.BELLIGERENTS, "commander",
            Section.COMMANDERS, "units", Section.UNITS, "strength", Section.STRENGTH, "casualties", Section.CASUALTIES);
    /** Unnumbered keys of a side's own block: which side is told by the order of the blocks. */
    private static final Map<String, Section> BLOCK_SECTIONS = Map.of("belligerents", Section.BELLIGERENTS,
            "combatants", Section.BELLIGERENTS, "commanders", Section.COMMANDERS, "commandersandleaders",
            Section.COMMANDERS, "units", Section.UNITS, "unitsinvolved", Section.UNITS, "strength", Section.STRENGTH,
            "casualties", Section.CASUALTIES, "casualtiesandlosses", Section.CASUALTIES);

    /** "flag|Empire of Japan": a flag template's name left in front of its argument when the braces are lost. */
    private static final Set<String> FLAG_TEMPLATES = Set.of("flag", "flagicon", "flagcountry", "flagu", "flagdeco",
            "flag icon", "flagcc");

    private KeyValueInfobox() {
    }

    private record Field(String key, String value, TextLine line) {
    }

    static boolean detect(List<TextLine> lines) {
        int known = 0;
        for (int i = 0; i < Math.min(lines.size(), 200); i++) {
            Field f = field(lines.get(i));
            if (f != null && (HEADER.containsKey(f.key()) || section(f.key()) != null || f.key().equals("conflict"))) {
                known++;
            }
        }
        return known >= 4;
    }

    static PageFormats.Page rewrite(List<TextLine> lines) {
        List<TextLine> out = new ArrayList<>();
        Map<Section, List<List<Field>>> columns = new LinkedHashMap<>();
        Map<String, Field> header = new LinkedHashMap<>();
        int first = -1;
        int last = -1;
        String heading = null;
        TextLine headingLine = null;
        Field open = null;
        int openSide = -1;
        Map<Section, Integer> blocks = new java.util.EnumMap<>(Section.class);
        Map<String, List<TextLine>> continuations = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            Field f = field(line);
            if (f == null && open != null && !line.blank() && section(open.key()) != null
                    && !ExportLayout.isLongProse(line.raw().strip())) {
                Section s = section(open.key());
                int side = openSide;
                if (side >= 0 && side < 2) {
                    columns.get(s).get(side).add(new Field(open.key(), unbulleted(line.raw()), line));
                }
                last = i;
                continue;
            }
            if (f == null && open != null && !line.blank() && open.value().isEmpty() && HEADER.containsKey(open.key())
                    && !header.containsKey(open.key())) {
                header.put(open.key(), new Field(open.key(), unbulleted(line.raw()), line));
                last = i;
                continue;
            }
            if (f == null && open != null && !line.blank() && RUNS_ON.contains(open.key()) && !open.value().isEmpty()
                    && header.get(open.key()) == open && lines.get(i - 1) == continuationEnd(open, continuations)) {
                continuations.computeIfAbsent(open.key(), k -> new ArrayList<>()).add(line);
                last = i;
                continue;
            }
            open = f;
            if (f == null) {
                String s = line.raw().strip();
                if (first < 0 && s.length() > 4 && s.startsWith("=") && s.endsWith("=")) {
                    heading = s.replaceAll("^=+|=+$", "").strip();
                    headingLine = line;
                }
                continue;
            }
            if (first < 0) {
                first = i;
            }
            last = i;
            Section s = section(f.key());
            if (s != null) {
                int side = BLOCK_SECTIONS.containsKey(f.key()) ? blocks.merge(s, 1, Integer::sum) - 1
                        : Character.getNumericValue(f.key().charAt(f.key().length() - 1)) - 1;
                openSide = side;
                if (side >= 0 && side < 2) {
                    List<List<Field>> cols = columns.computeIfAbsent(s, k -> List.of(new ArrayList<>(), new ArrayList<>()));
                    cols.get(side).add(f);
                }
            } else if (!f.value().isEmpty() && (columns.isEmpty() || !header.containsKey(f.key()))) {
                header.put(f.key(), f);
                continuations.remove(f.key());
            }
        }
        Field conflict = header.get("conflict");
        if (heading != null) {
            out.add(TextLine.of(headingLine.number(), heading));
        } else if (conflict != null) {
            TextLine page = lines.stream().limit(Math.max(0, first)).filter(l -> !l.blank()).findFirst().orElse(null);
            boolean pageNamesAnother = page != null && PageChrome.namesABattle(page.raw().strip())
                    && Words.tokens(page.raw()).stream().noneMatch(w -> w.length() > 3
                    && Words.tokens(conflict.value()).contains(w) && !PageChrome.isTitleWord(w));
            out.add(pageNamesAnother ? TextLine.of(page.number(), page.raw().strip())
                    : TextLine.of(conflict.line().number(), conflict.value()));
        } else {
            titleLine(lines, first, header.values()).ifPresent(l -> out.add(TextLine.of(l.number(), l.raw().strip())));
        }
        List<List<TextLine>> rows = new ArrayList<>();
        for (Map.Entry<String, String> e : HEADER.entrySet()) {
            Field f = header.get(e.getKey());
            if (f != null && !(e.getKey().equals("location") && header.containsKey("place"))) {
                List<TextLine> row = new ArrayList<>();
                row.add(TextLine.of(f.line().number(), e.getValue()
                        + LOST_DASH.matcher(COORD_TEMPLATE.matcher(f.value()).replaceFirst("")).replaceAll("–")));
                continuations.getOrDefault(e.getKey(), List.of())
                        .forEach(l -> row.add(TextLine.of(l.number(), unbulleted(l.raw()))));
                rows.add(row);
            }
        }
        List<String> order = List.of("Part of", "Date", "Location", "Result", "Territorial changes", "Status");
        rows.sort((a, b) -> Integer.compare(rank(order, a.get(0).raw()), rank(order, b.get(0).raw())));
        rows.forEach(out::addAll);
        Set<TextLine> breaks = new HashSet<>();
        for (Section s : Section.values()) {
            List<List<Field>> cols = columns.get(s);
            if (cols == null) {
                continue;
            }
            int anchor = (cols.get(0).isEmpty() ? cols.get(1) : cols.get(0)).get(0).line().number();
            out.add(TextLine.of(anchor, s.labels.get(0)));
            for (int side = 0; side < 2; side++) {
                boolean firstItem = true;
                for (Field f : cols.get(side)) {
                    for (String item : s == Section.STRENGTH || s == Section.CASUALTIES ? figureItems(f.value())
                            : s == Section.COMMANDERS ? commanderItems(f.value()) : items(f.value())) {
                        TextLine t = TextLine.of(f.line().number(), item);
                        if (side == 1 && firstItem) {
                            breaks.add(t);
                        }
                        firstItem = false;
                        out.add(t);
                    }
                }
                if (side == 1 && firstItem && !bothSidesInOneList(cols, blocks)) {
                    TextLine empty = TextLine.of(anchor, "");
                    breaks.add(empty);
                    out.add(empty);
                }
            }
        }
        out.add(TextLine.of(lines.get(last).number(), ""));
        out.addAll(lines.subList(last + 1, lines.size()));
        return new PageFormats.Page(out, breaks);
    }

    /**
     * "Belligerents: United States, Great Britain, Hesse-Hanau" as the page's only block: one list holds both
     * sides, and where it splits is left to the column reader.
     */
    private static boolean bothSidesInOneList(List<List<Field>> cols, Map<Section, Integer> blocks) {
        return cols.get(1).isEmpty() && cols.get(0).size() == 1 && BLOCK_SECTIONS.containsKey(cols.get(0).get(0).key())
                && blocks.values().stream().allMatch(n -> n == 1);
    }

    /**
     * The page's first line that is not the site's own (a "Main Page | ..." index line), or where a site's own
     * "Date:"/"Location:" header came before the infobox, the last line before the infobox's fields that reads as a
     * heading.
     */
    private static java.util.Optional<TextLine> titleLine(List<TextLine> lines, int first,
            java.util.Collection<Field> header) {
        int kept = header.stream().mapToInt(f -> lines.indexOf(f.line())).min().orElse(first);
        for (int i = kept - 1; i > first; i--) {
            String s = lines.get(i).raw().strip();
            if (!s.isEmpty() && field(lines.get(i)) == null && s.length() <= 80 && s.indexOf(':') < 0
                    && Character.isUpperCase(s.charAt(0)) && !s.endsWith(".")) {
                return java.util.Optional.of(lines.get(i));
            }
        }
        return lines.stream().limit(Math.max(0, first)).filter(l -> !l.blank() && !PageChrome.isChrome(l.clean()))
                .findFirst();
    }

    /** "coord|50|42|31|N|6|21|46|E|type:landmark|display=inline,title German-Belgian border": the place after it. */
    private static final java.util.regex.Pattern COORD_TEMPLATE = java.util.regex.Pattern.compile("^coord\\|\\S*\\s*");

    /** A Result written over several lines ("First battle: …", "Second battle: …") goes on under its key. */
    private static final Set<String> RUNS_ON = Set.of("result");

    private static TextLine continuationEnd(Field open, Map<String, List<TextLine>> continuations) {
        List<TextLine> more = continuations.get(open.key());
        return more == null ? open.line() : more.get(more.size() - 1);
    }

    private static int rank(List<String> order, String raw) {
        for (int i = 0; i < order.size(); i++) {
            if (raw.startsWith(order.get(i))) {
                return i;
            }
        }
        return order.size();
    }

    /** "Overall commander:, Maj. Gen. Lord Chelmsford, ..." -> its list items, headings and empty items dropped. */
    static List<String> items(String value) {
        List<String> out = new ArrayList<>();
        String template = null;
        int argument = 0;
        for (String part : value.split(", |\\|")) {
            String s = part.strip();
            if (FLAG_TEMPLATES.contains(s.toLowerCase(Locale.ROOT))) {
                template = s.toLowerCase(Locale.ROOT);
                argument = 0;
                continue;
            }
            argument++;
            if (template != null && argument > 1) {
                java.util.regex.Matcher shown = FLAG_OPTION.matcher(s);
                if (shown.matches() && shown.group(1) == null) {
                    continue;
                }
                if (shown.matches() && !out.isEmpty()) {
                    out.set(out.size() - 1, shown.group(1));
                    continue;
                }
                s = FLAG_VARIANT.matcher(s).replaceFirst("");
            } else if (template != null && !template.equals("flag") && !template.equals("flagcountry")) {
                List<String> words = List.of(s.split(" "));
                int state = Lexicon.leadingState(words);
                if (state == 0 || state == words.size()) {
                    continue;
                }
                s = String.join(" ", words.subList(state, words.size()));
            }
            s = BRACED_REMARK.matcher(s).replaceAll("").strip();
            if (!out.isEmpty() && MORE_CATEGORIES.matcher(s).matches()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + ", " + s);
            } else if (!s.isEmpty() && !s.equals(",")) {
                out.add(s);
            }
        }
        return out;
    }

    /** "3,500 Wounded, Missing or Captured": loss categories after a comma go on with the figure's, not a new item. */
    private static final java.util.regex.Pattern MORE_CATEGORIES = java.util.regex.Pattern.compile(
            "(?i)(?:missing|captured|wounded|killed|prisoners?)\\b[^\\d]*");

    /**
     * "flag|United States|1912", "flag|Nazi Germany|name=Germany": after a flag template's country, the year of the
     * flag's design is no text, and "name=" gives the name the page shows instead of the country.
     */
    private static final java.util.regex.Pattern FLAG_OPTION = java.util.regex.Pattern.compile(
            "(?:\\d{3,4}|name=(.+)|size=.*|variant=.*)");
    /** "March 7ndash March 8": a dash template whose braces a reader dropped, leaving its name. */
    private static final java.util.regex.Pattern LOST_DASH = java.util.regex.Pattern.compile("(?<=\\d)\\s*ndash\\s*");

    /** "{First United States Army}": a remark whose template braces a reader kept and whose name it lost. */
    private static final java.util.regex.Pattern BRACED_REMARK = java.util.regex.Pattern.compile("\\{[^{}]*\\}");
    /**
     * "1912 Courtney Hodges", "royal Duc de Tarn" after "flagicon|France|": the flag's year or variant before the
     * name it stands by.
     */
    private static final java.util.regex.Pattern FLAG_VARIANT = java.util.regex.Pattern.compile(
            "^(?:\\d{3,4}|\\p{Ll}[\\p{Ll}-]*)\\s+(?=\\p{Lu})");

    /**
     * "22,922 killed, wounded or missing", "41,800 cavalry, of which 28,000 regular, 32,000 infantry": in a figure's
     * list a part starting with a small word (not "about 3,000") goes on with the item before it.
     */
    static List<String> figureItems(String value) {
        return joined(items(value), item -> Character.isLowerCase(item.charAt(0))
                && !item.matches("^(?:c\\.|ca\\.|about|up to)?\\s*\\d.*"));
    }

    /** "Morcar, Earl of Northumbria": a title after a comma stays with the name before it. */
    static List<String> commanderItems(String value) {
        return joined(items(value), item -> TITLE_OF.matcher(item).lookingAt());
    }

    /** The list items, each one that goes on with the item before it joined back to it with ", ". */
    private static List<String> joined(List<String> items, java.util.function.Predicate<String> goesOn) {
        List<String> out = new ArrayList<>();
        for (String item : items) {
            if (!out.isEmpty() && goesOn.test(item)) {
                out.set(out.size() - 1, out.get(out.size() - 1) + ", " + item);
            } else {
                out.add(item);
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern TITLE_OF = java.util.regex.Pattern.compile(
            NameSegmenter.TITLE_OF_PLACE + " of ");

    private static String unbulleted(String raw) {
        return raw.strip().replaceFirst("^[•*-]\\s+", "").strip();
    }

    private static Section section(String key) {
        if (BLOCK_SECTIONS.containsKey(key)) {
            return BLOCK_SECTIONS.get(key);
        }
        for (Map.Entry<String, Section> e : SECTIONS.entrySet()) {
            if (key.startsWith(e.getKey()) && key.length() == e.getKey().length() + 1
                    && Character.isDigit(key.charAt(key.length() - 1))) {
                return e.getValue();
            }
        }
        return null;
    }

    /** "- Key: value" (any key), or "Key:value" when the key is one of the infobox's own parameters. */
    private static Field field(TextLine line) {
        String s = line.raw().strip();
        boolean dashed = s.startsWith("- ") || s.startsWith("• ");
        int from = dashed ? 2 : 0;
        int colon = s.indexOf(':');
        int equals = s.indexOf('=');
        if (!dashed && equals > 0 && (colon < 0 || equals < colon)) {
            colon = equals;
        }
        if (colon < from + 1 || colon > 30) {
            return null;
        }
        String key = s.substring(from, colon).strip().toLowerCase(Locale.ROOT).replace(" ", "");
        if (key.isEmpty() || !key.chars().allMatch(Character::isLetterOrDigit)) {
            return null;
        }
        if (!dashed && !(HEADER.containsKey(key) || section(key) != null || key.equals("conflict"))) {
            return null;
        }
        return new Field(key, s.substring(colon + 1).strip(), line);
    }
}
