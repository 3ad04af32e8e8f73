package org.battlequiz.generation.item;

/** Item types; apiName is the value of "type" in the JSON API and exports, label the name pages show. */
public enum QuestionType {
    SINGLE_CHOICE("single_choice", "Multiple choice"),
    MULTIPLE_SELECT("multiple_select", "Multiple answers"),
    TRUE_FALSE("true_false", "True or false"),
    NUMERIC("numeric", "Number"),
    DATE("date", "Date"),
    MATCHING("matching", "Matching"),
    ORDERING("ordering", "Ordering"),
    CLOZE("cloze", "Fill in the blank");

    private final String apiName;
    private final String label;

    QuestionType(String apiName, String label) {
        this.apiName = apiName;
        this.label = label;
    }

    /** The type's name in words, as teachers read it. */
    public String label() {
        return label;
    }

    public String apiName() {
        return apiName;
    }

    public static QuestionType fromApiName(String name) {
        for (QuestionType t : values()) {
            if (t.apiName.equalsIgnoreCase(name) || t.name().equalsIgnoreCase(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("Unknown question type '" + name + "'");
    }
}
