package org.battlequiz.article;

import java.util.ArrayList;
import java.util.List;

/** An invented battle page in the export layout: its title and war, the infobox rows given, a body line and footer. */
final class InventedPage {
    private InventedPage() {
    }

    static String of(String... infoboxRows) {
        List<String> lines = new ArrayList<>(List.of("Battle of Oued Sarra", "", "Battle of Oued Sarra",
                "Part of the Sahel War", ""));
        lines.addAll(List.of(infoboxRows));
        lines.addAll(List.of("", "The Battle of Oued Sarra was fought on the coast road.", "",
                "  1. ^ Invented for this test.", "", "From Wikipedia, the free encyclopedia · View on Wikipedia"));
        return String.join("\n", lines);
    }

    static ParsedArticle parsed(String... infoboxRows) {
        return new ArticleParser().parse(of(infoboxRows));
    }
}
