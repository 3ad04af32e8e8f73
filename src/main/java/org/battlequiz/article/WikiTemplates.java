package org.battlequiz.article;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What the common infobox templates render as: flags, status markers, dates, lists; citations vanish. */
final class WikiTemplates {
    private static final Set<String> DROPPED = Set.of("flagicon", "flagdeco", "coord", "efn", "sfn", "refn", "cn",
            "citation needed", "fact", "sfnp", "harvnb", "r", "rp", "ref label", "note label", "efn-ua", "efn-lr",
            "nbsp", "clarify", "when", "who", "better source needed", "dead link", "failed verification", "-", "clear",
            "flagicon image", "campaignbox", "infobox", "short description", "use dmy dates", "use mdy dates",
            "notelist", "reflist", "sfnm", "citation", "cite web", "cite book", "cite news", "cite journal");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    private WikiTemplates() {
    }

    static String expand(String name, List<String> args) {
        if (DROPPED.contains(name) || name.startsWith("cite ") || name.startsWith("campaignbox")) {
            return name.equals("nbsp") ? " " : "";
        }
        if (name.startsWith("formatnum:")) {
            return name.substring("formatnum:".length()).strip();
        }
        switch (name) {
            case "kia", "k.i.a.", "killed in action", "dagger", "†":
                return " †";
            case "pow", "wia", "dow", "mia":
                return " (" + name.toUpperCase(Locale.ROOT) + ")";
            case "executed", "surrendered":
                return " (" + Character.toUpperCase(name.charAt(0)) + name.substring(1) + ")";
            case "circa", "c.", "c":
                return "c. " + (args.isEmpty() ? "" : WikiMarkup.render(args.get(0)));
            case "snd", "ndash", "spaced ndash", "–":
                return " – ";
            case "start date", "end date", "start date and age", "birth date", "date":
                return args.size() == 1 && number(args, 0) == null ? WikiMarkup.render(args.get(0)) : date(args, 0);
            case "start and end dates", "date range":
                return date(args, 0) + " – " + date(args, 3);
            case "plainlist", "flatlist", "unbulleted list", "ubl", "plain list", "bulleted list", "hlist", "ubil",
                 "collapsible list", "vunblist", "unbulleted list citebundle":
                return list(args);
            case "flag", "flagcountry", "flagu", "flag country", "flagcc", "abbr", "abbreviation", "ill",
                 "interlanguage link", "tooltip", "nobold":
                return args.isEmpty() ? "" : WikiMarkup.render(args.get(0));
            case "army", "navy", "air force":
                return args.isEmpty() ? "" : WikiMarkup.render(args.get(0)) + " " + capitalized(name);
            case "sortname", "ship", "hms", "uss", "sms", "hmas", "hmcs", "hmnzs":
                return ship(name, args);
            case "convert", "cvt":
                return args.size() < 2 ? "" : WikiMarkup.render(args.get(0)) + " " + WikiMarkup.render(args.get(1));
            case "lang":
                return args.size() < 2 ? "" : WikiMarkup.render(args.get(1));
            default:
                return args.isEmpty() ? "" : WikiMarkup.render(args.get(args.size() - 1));
        }
    }

    private static String ship(String name, List<String> args) {
        boolean prefixed = !name.equals("sortname") && !name.equals("ship");
        List<String> words = args.subList(0, Math.min(args.size(), prefixed ? 1 : 2)).stream()
                .map(WikiMarkup::render).toList();
        return ((prefixed ? name.toUpperCase(Locale.ROOT) + " " : "") + String.join(" ", words)).strip();
    }

    private static String capitalized(String words) {
        StringBuilder b = new StringBuilder();
        for (String w : words.split(" ")) {
            b.append(b.isEmpty() ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }

    private static String list(List<String> args) {
        StringBuilder b = new StringBuilder("\n");
        for (String a : args) {
            b.append(WikiMarkup.render(a)).append('\n');
        }
        return b.toString();
    }

    private static String date(List<String> args, int from) {
        StringBuilder b = new StringBuilder();
        Integer year = number(args, from);
        Integer month = number(args, from + 1);
        Integer day = number(args, from + 2);
        if (day != null) {
            b.append(day).append(' ');
        }
        if (month != null && month >= 1 && month <= 12) {
            b.append(MONTHS.get(month - 1)).append(' ');
        }
        if (year != null) {
            b.append(year);
        }
        return b.toString().strip();
    }

    private static Integer number(List<String> args, int i) {
        if (i >= args.size()) {
            return null;
        }
        String a = args.get(i).strip();
        return a.matches("-?\\d{1,5}") ? Integer.parseInt(a) : null;
    }
}
