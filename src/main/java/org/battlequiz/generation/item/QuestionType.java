package org.battlequiz.generation.item;

/** Item types; apiName is the value of "type" in the JSON API and exports. */
public enum QuestionType {
    SINGLE_CHOICE("single_choice"),
    MULTIPLE_SELECT("multiple_select"),
    TRUE_FALSE("true_false"),
    NUMERIC("numeric"),
    DATE("date"),
    MATCHING("matching"),
    ORDERING("ordering"),
    CLOZE("cloze");

    private final String apiName;

    QuestionType(String apiName) {
        this.apiName = apiName;
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
