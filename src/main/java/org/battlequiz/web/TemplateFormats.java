package org.battlequiz.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formats shared by every template, e.g. {attempt.startedAt.display}. */
@TemplateExtension
public class TemplateFormats {
    private static final DateTimeFormatter DISPLAY =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    static String display(Instant instant) {
        return instant == null ? "" : DISPLAY.format(instant);
    }

    static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
