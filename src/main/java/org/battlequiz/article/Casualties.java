package org.battlequiz.article;

import java.util.List;

/** A side's losses: explicit figures only (null when not stated), the full text, and each contested claim. */
public record Casualties(Long killed, Long wounded, Long captured, String text, List<CasualtyClaim> claims,
                         List<SourceLine> sources, double confidence) {
    public Casualties {
        claims = claims == null ? List.of() : List.copyOf(claims);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public boolean contested() {
        return claims.stream().filter(c -> c.claimant() != null).count() > 1;
    }
}
