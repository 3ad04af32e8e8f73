package org.battlequiz.authoring.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class InterchangeTest {

    @Test
    void formatsAreChosenByTheirExportParameter() {
        assertEquals(Format.GIFT, Format.fromParam("gift"));
        assertEquals(Format.MOODLE_XML, Format.fromParam("moodle-xml"));
        assertEquals(Format.CSV, Format.fromParam("CSV"));
        assertThrows(IllegalArgumentException.class, () -> Format.fromParam("qti"));
    }

    @Test
    void csvIsExportOnly() {
        InterchangeException refused = assertThrows(InterchangeException.class,
                () -> Interchange.importText(Format.CSV, "position,type\r\n"));
        assertEquals("CSV is an export format only; import GIFT or Moodle XML", refused.getMessage());
    }

    @Test
    void importOfGarbageNamesTheFormatProblem() {
        assertThrows(InterchangeException.class, () -> Interchange.importText(Format.MOODLE_XML, "not xml at all"));
        ImportResult gift = Interchange.importText(Format.GIFT, "not gift at all");
        assertEquals(List.of(), gift.items());
        assertEquals("there is no answer block {...}; descriptions are not imported", gift.skipped().get(0).problem());
    }
}
