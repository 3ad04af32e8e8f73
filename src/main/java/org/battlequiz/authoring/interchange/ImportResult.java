package org.battlequiz.authoring.interchange;

import java.util.List;
import java.util.Objects;
import org.battlequiz.generation.item.QuestionContent;

/**
 * What a file holds, question by question in file order: each becomes a valid item or says why it cannot be
 * imported (a type Battle Quiz does not take, the element or line at fault). title is the file's category (null if
 * none); notes say what was changed on the way in (an image left out, say).
 */
public record ImportResult(String title, List<ImportedQuestion> questions, List<String> notes) {
    public ImportResult {
        questions = List.copyOf(questions);
        notes = List.copyOf(notes);
    }

    /** The items that can be imported, in file order. */
    public List<QuestionContent> items() {
        return questions.stream().map(ImportedQuestion::item).filter(Objects::nonNull).toList();
    }

    /** The questions that cannot be imported, each with its reason. */
    public List<ImportedQuestion> skipped() {
        return questions.stream().filter(question -> !question.importable()).toList();
    }
}
