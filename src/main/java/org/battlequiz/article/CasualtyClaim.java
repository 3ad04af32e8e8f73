package org.battlequiz.article;

/** One claimed set of losses, e.g. the "government claim"; claimant is null for an uncontested figure. */
public record CasualtyClaim(String claimant, Long killed, Long wounded, Long captured, String text, SourceLine source) {
}
