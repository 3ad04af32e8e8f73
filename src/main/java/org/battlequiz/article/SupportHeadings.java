package org.battlequiz.article;

import java.util.Locale;
import java.util.Set;

/**
 * Headings inside a belligerents column: "Supported by:" and "Alleged:" introduce parties that did not fight as
 * belligerents; "Mercenaries from:" only introduces the names after it.
 */
final class SupportHeadings {
    private static final Set<String> SUPPORT = Set.of("supported by", "backed by", "armed and supported by",
            "in support", "support", "material support", "logistical support", "financial support", "covert support",
            "naval support", "air support", "alleged", "allegedly", "advisors", "advisers", "military advisors",
            "limited involvement");

    /** The last word of a heading that only introduces the names after it ("Mercenaries from:"). */
    private static final Set<String> LINKING_WORDS = Set.of("from", "by", "of", "in", "with", "under", "including",
            "to", "for");

    private SupportHeadings() {
    }

    /** Whether the line is, or starts with, a heading of supporting or alleged parties. */
    static boolean introducesSupport(String clean) {
        int colon = clean.indexOf(':');
        String heading = colon < 0 ? clean : clean.substring(0, colon);
        return SUPPORT.contains(heading.strip().toLowerCase(Locale.ROOT));
    }

    /** A heading line and nothing else: "Supported by:", "Mercenaries from:". */
    static boolean isHeading(String clean) {
        String s = clean.strip();
        if (!s.endsWith(":")) {
            return SUPPORT.contains(s.toLowerCase(Locale.ROOT));
        }
        String heading = s.substring(0, s.length() - 1).strip();
        String[] words = heading.split(" ");
        return SUPPORT.contains(heading.toLowerCase(Locale.ROOT))
                || words.length > 1 && LINKING_WORDS.contains(words[words.length - 1]);
    }
}
