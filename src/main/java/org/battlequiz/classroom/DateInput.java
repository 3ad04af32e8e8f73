package org.battlequiz.classroom;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.battlequiz.account.TimeZones;
import org.battlequiz.account.ViewerZone;

/** Dates as the class pages take them (a datetime-local field, read in the viewer's time zone) and show them. */
public final class DateInput {
    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private DateInput() {
    }

    /** "2026-12-04T09:30" (seconds allowed) as that minute in the viewer's zone, or empty when blank or not such a date. */
    public static Optional<Instant> parse(String field) {
        if (field == null || field.isBlank() || field.length() > 25) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(field.strip()).truncatedTo(ChronoUnit.MINUTES)
                    .atZone(ViewerZone.current()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static String field(Instant instant) {
        return instant == null ? "" : FIELD.format(instant.atZone(ViewerZone.current()));
    }

    public static String shown(Instant instant) {
        return instant == null ? "" : TimeZones.format(instant, SHOWN, ViewerZone.current());
    }
}
