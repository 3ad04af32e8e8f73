package org.battlequiz.web;

import io.quarkus.qute.TemplateGlobal;
import org.battlequiz.account.TimeZones;
import org.battlequiz.account.ViewerZone;

/** Values every template may name, e.g. {timeZone}. */
@TemplateGlobal
public class TemplateGlobals {
    private TemplateGlobals() {
    }

    /** The time zone dates on the page are shown and read in ("Europe/Paris", "UTC"). */
    static String timeZone() {
        return TimeZones.name(ViewerZone.current());
    }
}
