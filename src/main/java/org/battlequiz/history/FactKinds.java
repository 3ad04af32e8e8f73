package org.battlequiz.history;

import java.util.Map;

/** Groups the generator's fact kinds into the few a learner recognises: dates, commanders, strengths, outcomes... */
final class FactKinds {
    static final String OTHER = "other";

    private static final Map<String, String> GROUP = Map.ofEntries(
            Map.entry("date", "date"), Map.entry("duration", "date"),
            Map.entry("timeline", "timeline"), Map.entry("bank-timeline", "timeline"),
            Map.entry("commander", "commander"), Map.entry("commander-sides", "commander"),
            Map.entry("strength", "strength"), Map.entry("casualties", "casualties"),
            Map.entry("outcome", "outcome"), Map.entry("winner", "outcome"),
            Map.entry("belligerent", "belligerent"), Map.entry("location", "location"));

    private static final Map<String, String> LABEL = Map.of(
            "date", "Dates", "timeline", "Order of events", "commander", "Commanders", "strength", "Strengths",
            "casualties", "Casualties", "outcome", "Outcomes", "belligerent", "Sides", "location", "Places",
            OTHER, "Other questions");

    private FactKinds() {
    }

    static String group(String kind) {
        return kind == null ? OTHER : GROUP.getOrDefault(kind.trim().toLowerCase(), OTHER);
    }

    static String label(String group) {
        return LABEL.getOrDefault(group, LABEL.get(OTHER));
    }
}
