package org.battlequiz.authoring;

import java.util.Locale;

/** A generator's fact kind ("commander-sides", "partOf") in words for the review queue's filter. */
final class FactKindNames {
    private FactKindNames() {
    }

    static String label(String kind) {
        if (kind == null || kind.isBlank() || "manual".equals(kind)) {
            return "Written by hand";
        }
        String words = kind.strip().replaceAll("([a-z])([A-Z])", "$1 $2").replace('-', ' ').replace('_', ' ')
                .toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
