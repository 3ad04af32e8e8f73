package org.battlequiz.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.battlequiz.account.TimeZones;
import org.battlequiz.account.ViewerZone;

/** Formats shared by every template, e.g. {attempt.startedAt.display} (in the viewer's time zone). */
@TemplateExtension
public class TemplateFormats {
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    static String display(Instant instant) {
        return instant == null ? "" : TimeZones.format(instant, DISPLAY, ViewerZone.current());
    }

    static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
