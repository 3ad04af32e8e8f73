package org.battlequiz.article;

/** A commander as listed for one side; note is KIA, DOW, POW, WIA, Executed or null. */
public record Commander(String name, String note, SourceLine source, double confidence) {
}
