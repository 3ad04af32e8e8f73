package org.battlequiz.article;

import java.util.List;

/**
 * How names are spelled: a column of names in plain Western letters next to a column spelled with letters beyond
 * them ("André Trancart" above "Võ Nguyên Giáp", "Đặng Kim Giang") tells where one side's names end.
 */
final class Orthography {
    private static final double SHIFT = 3;
    private static final double MOSTLY = 0.6;
    private static final int MIN_RUN = 3;
    private static final int ONE_NAME = 4;

    private Orthography() {
    }

    /**
     * A bonus for a seam before line i when every name above is plain and most names below are not, or the reverse.
     * A long line just above may hold names of both columns run together, and then its own seam is the one to find.
     */
    static double shiftAt(List<TextLine> lines, int i) {
        int[] above = count(lines.subList(0, i));
        int[] below = count(lines.subList(i, lines.size()));
        if (above[0] < MIN_RUN || below[0] < MIN_RUN || lastLine(lines.subList(0, i)).split(" ").length > ONE_NAME) {
            return 0;
        }
        boolean first = beyondLatin1(lines.get(i).clean());
        boolean plainThenOther = first && above[1] == 0 && below[1] >= MOSTLY * below[0];
        boolean otherThenPlain = below[1] == 0 && above[1] >= MOSTLY * above[0] && lastBeyond(lines.subList(0, i));
        return plainThenOther || otherThenPlain ? SHIFT : 0;
    }

    private static boolean lastBeyond(List<TextLine> lines) {
        return beyondLatin1(lastLine(lines));
    }

    private static String lastLine(List<TextLine> lines) {
        for (int j = lines.size() - 1; j >= 0; j--) {
            if (!lines.get(j).blank()) {
                return lines.get(j).clean();
            }
        }
        return "";
    }

    /** The number of non-blank lines, and of those with a letter beyond Latin-1. */
    private static int[] count(List<TextLine> lines) {
        int total = 0;
        int beyond = 0;
        for (TextLine l : lines) {
            if (l.blank()) {
                continue;
            }
            total++;
            beyond += beyondLatin1(l.clean()) ? 1 : 0;
        }
        return new int[] {total, beyond};
    }

    static boolean beyondLatin1(String text) {
        return text.codePoints().anyMatch(c -> c > 0xFF && Character.isLetter(c));
    }
}
