package org.battlequiz.generation;

import java.util.List;
import org.battlequiz.generation.item.QuestionContent;

/** Prints every generated item of the corpus, for reading them as a teacher would. Run by hand. */
final class GenerationDump {
    public static void main(String[] args) {
        for (Corpus.Article a : Corpus.all()) {
            GenerationResult r = new QuestionGenerator().generate(a.parsed(), args.length > 0 ? List.of() : Corpus.bank(), 7);
            System.out.println("=== " + a.name() + " items=" + r.questions().size() + " dropped=" + r.dropped());
            for (QuestionContent q : r.questions()) {
                System.out.println(QuestionJson.toJson(q));
            }
        }
    }
}
