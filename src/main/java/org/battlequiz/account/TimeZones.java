package org.battlequiz.account;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The time zones a user may choose: the region ids of the tz database ("Europe/Paris") and UTC. */
public final class TimeZones {
    private static final Set<String> REGIONS = new TreeSet<>(ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")).toList());
    private static final List<String> CHOICES = build();
    private static final DateTimeFormatter SHORT_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    private TimeZones() {
    }

    /** The zone a text names, when it is one of the choices; anything else (too long, unknown, an offset) is empty. */
    public static Optional<ZoneId> parse(String id) {
        if (id == null || id.length() > 64) {
            return Optional.empty();
        }
        String trimmed = id.strip();
        if (trimmed.equals("UTC")) {
            return Optional.of(ZoneOffset.UTC);
        }
        return REGIONS.contains(trimmed) ? Optional.of(ZoneId.of(trimmed)) : Optional.empty();
    }

    /** The instant in the zone with the given pattern, then the zone's short name ("14:30 CET", "09:00 UTC"). */
    public static String format(Instant instant, DateTimeFormatter pattern, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        String name = zone.equals(ZoneOffset.UTC) ? "UTC" : SHORT_NAME.format(local);
        return pattern.format(local) + " " + name;
    }

    /** The zone as the settings list names it. */
    public static String name(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    public static List<String> choices() {
        return CHOICES;
    }

    private static List<String> build() {
        List<String> all = new java.util.ArrayList<>();
        all.add("UTC");
        all.addAll(REGIONS);
        return List.copyOf(all);
    }
}
