package org.battlequiz.authoring.interchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;

/**
 * What an item holds that Moodle has no field for, as Moodle question tags "bq-key:value" (in Moodle XML
 * &lt;tags&gt;, in GIFT "// [tag:...]" comments): that a numerical item is a DATE (and its ISO date), the fact kind,
 * difficulty, generator version, and the order options are shown in when the format carries them in another order.
 */
final class ItemMeta {
    static final String TAG_PREFIX = "bq-";
    static final String TYPE = "type";
    static final String FACT = "fact";
    static final String DIFFICULTY = "difficulty";
    static final String GENERATOR = "generator";
    static final String DATE = "date";
    static final String ORDER = "order";
    private static final Pattern YEAR = Pattern.compile("^(-?\\d+)");

    private final Map<String, String> values;

    private ItemMeta(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Reads the "bq-key:value" tags among an item's tags and ignores the others. */
    static ItemMeta fromTags(List<String> tags) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String tag : tags) {
            String text = tag.strip();
            int colon = text.indexOf(':');
            if (text.startsWith(TAG_PREFIX) && colon > TAG_PREFIX.length()) {
                values.put(text.substring(TAG_PREFIX.length(), colon), text.substring(colon + 1).strip());
            }
        }
        return new ItemMeta(values);
    }

    List<String> tags() {
        return values.entrySet().stream().map(entry -> TAG_PREFIX + entry.getKey() + ":" + entry.getValue()).toList();
    }

    static ItemMeta describe(QuestionContent item) {
        Map<String, String> values = new LinkedHashMap<>();
        if (item.type() == QuestionType.DATE) {
            values.put(TYPE, QuestionType.DATE.apiName());
            String key = item.keys().isEmpty() ? "" : item.keys().get(0);
            if (!key.equals(year(key))) {
                values.put(DATE, key);
            }
        }
        putIfPresent(values, FACT, item.factKind());
        putIfPresent(values, DIFFICULTY, item.difficulty() == null ? null : item.difficulty().toString());
        putIfPresent(values, GENERATOR, item.generatorVersion());
        putIfPresent(values, ORDER, OptionOrder.encode(item.options(), carriedOptions(item)));
        return new ItemMeta(values);
    }

    /** @throws IllegalArgumentException naming the value that does not fit the parsed item */
    QuestionContent applyTo(QuestionContent parsed) {
        QuestionType type = parsed.type();
        List<String> keys = parsed.keys();
        if (QuestionType.DATE.apiName().equals(values.get(TYPE))) {
            if (type != QuestionType.NUMERIC) {
                throw new IllegalArgumentException("it is marked as a date but is not a numerical question");
            }
            type = QuestionType.DATE;
            String date = values.get(DATE);
            if (date != null && keys.size() == 1 && year(date).equals(keys.get(0))) {
                keys = List.of(date);
            }
        }
        List<String> options = values.containsKey(ORDER) ? OptionOrder.decode(values.get(ORDER), parsed.options())
                : parsed.options();
        return new QuestionContent(type, parsed.prompt(), parsed.stems(), options, keys, parsed.tolerance(),
                parsed.explanation(), parsed.source(), values.get(FACT), difficulty(), values.get(GENERATOR),
                parsed.details());
    }

    /** The options in the order Moodle XML and GIFT carry them; ItemMeta.ORDER restores the shown order. */
    static List<String> carriedOptions(QuestionContent item) {
        return switch (item.type()) {
            case ORDERING -> item.keys();
            case TRUE_FALSE -> List.of("True", "False");
            case MATCHING -> {
                Set<String> carried = new LinkedHashSet<>(item.keys());
                carried.addAll(item.options());
                yield new ArrayList<>(carried);
            }
            default -> item.options();
        };
    }

    /** The options a matching item offers beyond the right matches, in shown order. */
    static List<String> distractors(QuestionContent item) {
        return item.options().stream().filter(option -> !item.keys().contains(option)).distinct().toList();
    }

    /** The year of a DATE key ("-480" for "-0480-08-20"), as a numerical answer carries it. */
    static String year(String dateKey) {
        Matcher matcher = YEAR.matcher(dateKey.strip());
        return matcher.find() ? Long.toString(Long.parseLong(matcher.group(1))) : dateKey;
    }

    private Double difficulty() {
        String text = values.get(DIFFICULTY);
        if (text == null) {
            return null;
        }
        if (!NumberText.isNumber(text)) {
            throw new IllegalArgumentException("difficulty '" + text + "' is not a number");
        }
        return Double.valueOf(text.strip());
    }

    private static void putIfPresent(Map<String, String> values, String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value);
        }
    }
}
