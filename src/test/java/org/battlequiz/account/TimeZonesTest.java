package org.battlequiz.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TimeZonesTest {
    private static final DateTimeFormatter PATTERN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    @Test
    void regionIdsAndUtcAreAccepted() {
        assertEquals(ZoneId.of("Europe/Paris"), TimeZones.parse("Europe/Paris").orElseThrow());
        assertEquals(ZoneId.of("America/Argentina/Buenos_Aires"),
                TimeZones.parse(" America/Argentina/Buenos_Aires ").orElseThrow());
        assertEquals(ZoneOffset.UTC, TimeZones.parse("UTC").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Mars/Olympus", "+02:00", "GMT+2", "Etc/GMT-14", "europe/paris",
            "Europe/Paris/../../etc", "CET"})
    void anythingElseIsRefused(String id) {
        assertTrue(TimeZones.parse(id).isEmpty(), id);
    }

    @Test
    void nullAndOverlongTextsAreRefused() {
        assertTrue(TimeZones.parse(null).isEmpty());
        assertTrue(TimeZones.parse("Europe/" + "x".repeat(80)).isEmpty());
    }

    @Test
    void timesCarryTheZonesShortNameAcrossDaylightSaving() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        assertEquals("15 Jan 2026, 10:30 CET", TimeZones.format(Instant.parse("2026-01-15T09:30:00Z"), PATTERN, paris));
        assertEquals("15 Jul 2026, 11:30 CEST", TimeZones.format(Instant.parse("2026-07-15T09:30:00Z"), PATTERN, paris));
        assertEquals("29 Mar 2026, 03:00 CEST", TimeZones.format(Instant.parse("2026-03-29T01:00:00Z"), PATTERN, paris));
        assertEquals("15 Jan 2026, 09:30 UTC",
                TimeZones.format(Instant.parse("2026-01-15T09:30:00Z"), PATTERN, ZoneOffset.UTC));
    }

    @Test
    void theChoicesStartWithUtcAndAreSortedRegions() {
        assertEquals("UTC", TimeZones.choices().get(0));
        assertTrue(TimeZones.choices().contains("Asia/Kolkata"));
        assertTrue(TimeZones.choices().stream().noneMatch(z -> z.startsWith("Etc/")));
        assertEquals(TimeZones.choices().subList(1, TimeZones.choices().size()).stream().sorted().toList(),
                TimeZones.choices().subList(1, TimeZones.choices().size()));
    }

    @Test
    void namesUtcPlainly() {
        assertEquals("UTC", TimeZones.name(ZoneOffset.UTC));
        assertEquals("Asia/Tokyo", TimeZones.name(ZoneId.of("Asia/Tokyo")));
    }
}
