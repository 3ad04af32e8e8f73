package org.battlequiz.article;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DateParserTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "19 May – 5 June 2013|2013-05-19|2013-06-05",
            "23 August 1942 – 2 February 1943[a]|1942-08-23|1943-02-02",
            "July 1–3, 1863|1863-07-01|1863-07-03",
            "December 31, 1862 – January 2, 1863|1862-12-31|1863-01-02",
            "December 31 – January 2, 1863|1862-12-31|1863-01-02",
            "circa 1046 BC|-1046|-1046",
            "c. 1274 BC|-1274|-1274",
            "279 BC|-279|-279",
            "2 August 216 BC|-216-08-02|-216-08-02",
            "218–201 BC|-218|-201",
            "25 October 1415|1415-10-25|1415-10-25",
            "Sunday, 23 October 1642 (O.S.)|1642-10-23|1642-10-23",
            "April–May 1940|1940-04|1940-05",
            "1 to 4 July 1863|1863-07-01|1863-07-04",
            "1939–1945|1939|1945",
            "Summer 1943|1943|1943",
            "August or September 480 BC|-480|-480",
            "10 or 11 June 1942|1942-06|1942-06",
            "1453 or 1454|1453|1454",
            "October 10, 732|0732-10-10|0732-10-10",
            "September, 9 AD (no exact date)|9-09|9-09",
            "AD 9 September|9-09|9-09",
            "June 12, 1099|1099-06-12|1099-06-12",
            "September 112, 1950|1950-09|1950-09",
            "March 1020, 1811|1811-03|1811-03",
            "2 November 146120 December 1461|1461-11-02|1461-12-20",
            "30 May 18127 June 1812|1812-05-30|1812-06-07",
    })
    void readsStartAndEnd(String text, String start, String end) {
        DateParser.Range r = DateParser.parse(text);
        assertEquals(start, r.start());
        assertEquals(end, r.end());
    }
}
