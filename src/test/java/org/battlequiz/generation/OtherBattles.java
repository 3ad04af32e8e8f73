package org.battlequiz.generation;

import java.util.List;
import java.util.Map;
import org.battlequiz.article.Commander;
import org.battlequiz.article.NamedEntry;
import org.battlequiz.article.ParsedArticle;
import org.battlequiz.article.Side;
import org.battlequiz.article.SourceLine;

/** A second hand-built article, to serve as the bank. */
final class OtherBattles {
    private OtherBattles() {
    }

    static ParsedArticle hastingsLike() {
        SourceLine l = new SourceLine(3, "William of Normandy Harold Godwinson", List.of());
        Side normans = new Side(List.of(new NamedEntry("Duchy of Normandy", l, 0.9)),
                List.of(new Commander("William of Normandy", null, l, 0.9)), List.of(), null, null);
        Side english = new Side(List.of(new NamedEntry("Kingdom of England", l, 0.9)),
                List.of(new Commander("Harold Godwinson", "KIA", l, 0.9)), List.of(), null, null);
        return new ParsedArticle("Battle of Senlac", "Norman Conquest", "1066-10-14", "1066-10-14", "Senlac Hill",
                "Norman victory", 0, List.of(normans, english), List.of(), Map.of("date", l));
    }
}
