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

    /** A battle of the Oakfield fixture's war, with two Yorkist and three Lancastrian commanders. */
    static ParsedArticle stAlbansLike() {
        SourceLine l = new SourceLine(3, "Richard of York Edmund Beaufort", List.of());
        Side york = new Side(List.of(new NamedEntry("House of York", l, 0.9)),
                List.of(new Commander("Richard of York", null, l, 0.9), new Commander("Earl of Salisbury", null, l, 0.9)),
                List.of(), null, null);
        Side lancaster = new Side(List.of(new NamedEntry("House of Lancaster", l, 0.9)),
                List.of(new Commander("Edmund Beaufort", "KIA", l, 0.9), new Commander("Henry Percy", "KIA", l, 0.9),
                        new Commander("Thomas Clifford", "KIA", l, 0.9)),
                List.of(), null, null);
        return new ParsedArticle("First Battle of Greenhill", "Wars of the Roses", "1455-05-22", "1455-05-22",
                "Greenhill", "Yorkist victory", 0, List.of(york, lancaster), List.of(), Map.of("date", l));
    }

    /** A battle of the given date, war and place, each side led by the named commander. */
    static ParsedArticle battle(String title, String partOf, String date, String location, String leaderA,
                                String sideA, String leaderB, String sideB) {
        SourceLine l = new SourceLine(3, leaderA + " " + leaderB, List.of());
        Side a = new Side(List.of(new NamedEntry(sideA, l, 0.9)), List.of(new Commander(leaderA, null, l, 0.9)),
                List.of(), null, null);
        Side b = new Side(List.of(new NamedEntry(sideB, l, 0.9)), List.of(new Commander(leaderB, null, l, 0.9)),
                List.of(), null, null);
        return new ParsedArticle(title, partOf, date, date, location, "Victory", 0, List.of(a, b), List.of(),
                Map.of("date", l, "partOf", l, "location", l));
    }
}
