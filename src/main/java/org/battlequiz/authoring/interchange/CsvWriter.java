package org.battlequiz.authoring.interchange;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.battlequiz.generation.item.QuestionContent;

/**
 * Writes a set as CSV (RFC 4180: CRLF rows, quoted fields), one row per item. A cell a spreadsheet could run as
 * a formula (starting with = + - @, tab or carriage return) gets a leading apostrophe, unless it is a plain number.
 */
final class CsvWriter {
    static final List<String> HEADER = List.of("position", "type", "prompt", "stems", "options", "keys", "tolerance",
            "explanation", "source", "factKind", "difficulty", "generatorVersion");
    static final String LIST_SEPARATOR = " | ";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    ExportResult write(List<QuestionContent> items) {
        StringBuilder out = new StringBuilder();
        appendRow(out, HEADER);
        for (int i = 0; i < items.size(); i++) {
            QuestionContent item = items.get(i);
            appendRow(out, List.of(Integer.toString(i + 1), item.type().apiName(), item.prompt(), list(item.stems()),
                    list(item.options()), list(item.keys()), number(item.tolerance()), text(item.explanation()),
                    text(item.source()), text(item.factKind()), number(item.difficulty()), text(item.generatorVersion())));
        }
        return new ExportResult(out.toString(), List.of());
    }

    private static void appendRow(StringBuilder out, List<String> cells) {
        out.append(cells.stream().map(CsvWriter::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    static String cell(String value) {
        String safe = value;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(value).matches()) {
            safe = "'" + value;
        }
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private static String list(List<String> values) {
        return String.join(LIST_SEPARATOR, values);
    }

    private static String number(Double value) {
        return value == null ? "" : NumberText.plain(value);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
