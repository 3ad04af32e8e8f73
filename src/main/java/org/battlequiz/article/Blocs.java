package org.battlequiz.article;

import java.util.ArrayList;
import java.util.List;

/**
 * The alliances of the world wars and the communist sides of the wars in Korea and Vietnam. A list of states whose
 * members of one bloc of the battle's time stand together at one end, and only others at the other end, parts there:
 * "United Kingdom, New Zealand, Free France, Greece, Italy, Germany" in April 1943 is two columns, however the reader
 * lost the gap between them.
 */
final class Blocs {
    private record Member(String bloc, int from, int to, String key) {
    }

    private static final List<Member> MEMBERS = Lexicon.lines("blocs.tsv").stream().map(line -> line.split("\t"))
            .map(f -> new Member(f[0], month(f[1]), month(f[2]), Lexicon.key(f[3]))).toList();

    private static final double CONFIDENCE = 0.95;

    private Blocs() {
    }

    /** Null unless one bloc's members of the battle's time make exactly one end of the list and no state is doubtful. */
    static ColumnSplitter.Split split(List<TextLine> lines, String dateStart) {
        List<TextLine> named = lines.stream().filter(l -> !l.blank()).toList();
        int cut = cut(named.stream().map(l -> NameCleaner.clean(l.clean())).toList(), dateStart);
        if (cut < 0) {
            return null;
        }
        List<Piece> left = new ArrayList<>();
        List<Piece> right = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            (i < cut ? left : right).add(named.get(i).whole());
        }
        return new ColumnSplitter.Split(left, right, CONFIDENCE);
    }

    /**
     * Where a list of states turns from one bloc's members of the battle's time to others, or back, when it turns
     * exactly once and no state is doubtful; else -1.
     */
    static int cut(List<String> states, String dateStart) {
        int[] span = monthSpan(dateStart);
        if (span == null || states.size() < 2) {
            return -1;
        }
        List<String> keys = states.stream().map(Lexicon::key).toList();
        for (String bloc : MEMBERS.stream().filter(m -> m.from() <= span[1] && span[0] <= m.to()).map(Member::bloc)
                .distinct().toList()) {
            Boolean[] member = new Boolean[keys.size()];
            for (int i = 0; i < keys.size(); i++) {
                member[i] = membership(bloc, keys.get(i), span);
                if (member[i] == null) {
                    return -1;
                }
            }
            int cut = onlyChange(member);
            if (cut > 0) {
                return cut;
            }
        }
        return -1;
    }

    /** True for a member throughout the span, false for a state not of the bloc, null for one of it at other times. */
    private static Boolean membership(String bloc, String key, int[] span) {
        List<Member> listed = MEMBERS.stream().filter(m -> m.bloc().equals(bloc) && m.key().equals(key)).toList();
        if (listed.isEmpty()) {
            return false;
        }
        return listed.stream().anyMatch(m -> m.from() <= span[0] && span[1] <= m.to()) ? Boolean.TRUE : null;
    }

    /** The index where the list turns from members to others or back, when it turns exactly once; else -1. */
    private static int onlyChange(Boolean[] member) {
        int cut = -1;
        for (int i = 1; i < member.length; i++) {
            if (!member[i].equals(member[i - 1])) {
                if (cut > 0) {
                    return -1;
                }
                cut = i;
            }
        }
        return cut;
    }

    /** "1943-04-06" as that month twice, "1943" as its first and last months; null for no date or a year BC. */
    private static int[] monthSpan(String iso) {
        if (iso == null || !iso.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            return null;
        }
        if (iso.length() >= 7) {
            int month = month(iso.substring(0, 7));
            return new int[] {month, month};
        }
        int year = Integer.parseInt(iso);
        return new int[] {year * 12, year * 12 + 11};
    }

    private static int month(String yearMonth) {
        return Integer.parseInt(yearMonth.substring(0, 4)) * 12 + Integer.parseInt(yearMonth.substring(5, 7)) - 1;
    }
}
