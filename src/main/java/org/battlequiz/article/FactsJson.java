package org.battlequiz.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The facts of an article in the JSON shape of ../shared/eval/README.md, as ordered maps and lists. */
public final class FactsJson {
    private FactsJson() {
    }

    public static Map<String, Object> toJson(ParsedArticle article) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", article.title());
        json.put("partOf", article.partOf());
        json.put("dateStart", article.dateStart());
        json.put("dateEnd", article.dateEnd());
        json.put("location", article.location());
        json.put("result", article.result());
        json.put("winner", article.winner());
        List<Object> sides = new ArrayList<>();
        for (Side side : article.sides()) {
            sides.add(side(side));
        }
        json.put("sides", sides);
        json.put("warnings", article.warnings());
        return json;
    }

    private static Map<String, Object> side(Side side) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("belligerents", side.belligerents().stream().map(NamedEntry::name).toList());
        List<Object> commanders = new ArrayList<>();
        for (Commander c : side.commanders()) {
            Map<String, Object> cj = new LinkedHashMap<>();
            cj.put("name", c.name());
            cj.put("note", c.note());
            commanders.add(cj);
        }
        json.put("commanders", commanders);
        json.put("units", side.units().stream().map(NamedEntry::name).toList());
        Map<String, Object> strength = new LinkedHashMap<>();
        Strength s = side.strength();
        strength.put("min", s == null ? null : s.min());
        strength.put("max", s == null ? null : s.max());
        strength.put("text", s == null ? null : s.text());
        json.put("strength", strength);
        Map<String, Object> casualties = new LinkedHashMap<>();
        Casualties c = side.casualties();
        casualties.put("killed", c == null ? null : c.killed());
        casualties.put("wounded", c == null ? null : c.wounded());
        casualties.put("captured", c == null ? null : c.captured());
        casualties.put("text", c == null ? null : c.text());
        if (c != null && !c.claims().isEmpty()) {
            List<Object> claims = new ArrayList<>();
            for (CasualtyClaim claim : c.claims()) {
                Map<String, Object> cj = new LinkedHashMap<>();
                cj.put("claimant", claim.claimant());
                cj.put("killed", claim.killed());
                cj.put("wounded", claim.wounded());
                cj.put("captured", claim.captured());
                cj.put("text", claim.text());
                claims.add(cj);
            }
            casualties.put("claims", claims);
        }
        json.put("casualties", casualties);
        return json;
    }
}
