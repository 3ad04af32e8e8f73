package org.battlequiz.generation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.battlequiz.article.BodyFact;
import org.battlequiz.article.SourceLine;

/**
 * Why the battle mattered: a body sentence on a cause, consequence or significance ("led to", "as a result",
 * "forced ... to withdraw") with its key term blanked, as a choice among terms of the same kind or as a cloze.
 */
final class SignificanceItems implements ItemStrategy {
    static final Pattern CUE = Pattern.compile("(?i)\\b(led to|leading to|as a result|resulted in|resulting in|"
            + "in consequence|consequently|because of|paved the way|turning point|marked the end|brought an end|"
            + "put an end|forced\\s+(?:\\S+\\s+){1,5}?to\\s+(?:withdraw|retreat|surrender|abandon|lift|sue|evacuate|"
            + "accept|flee|fall back|give up))");
    private static final Pattern CONSEQUENCE_NAME = Pattern.compile("\\b(?:led to|resulted in|resulting in|leading to|"
            + "paved the way for|marked the end of|put an end to|brought an end to)\\s+(?:the\\s+)?"
            + "((?:\\p{Lu}[\\p{L}'-]+)(?:\\s+(?:of|the|and|de|von|du)\\s+\\p{Lu}[\\p{L}'-]+|\\s+\\p{Lu}[\\p{L}'-]+)*)");
    private static final int MAX_ITEMS = 3;
    private static final int MAX_SENTENCE = 260;

    static boolean isCausal(String sentence) {
        return sentence != null && CUE.matcher(sentence).find();
    }

    @Override
    public List<Draft> drafts(Battle battle, Random random) {
        Map<String, SourceLine> sentences = new LinkedHashMap<>();
        for (BodyFact f : battle.article().bodyFacts()) {
            if (f.sentence() != null && f.source() != null && isCausal(f.sentence())) {
                sentences.putIfAbsent(Texts.withoutRefs(f.sentence()).replaceAll("\\s+", " "), f.source());
            }
        }
        List<Term> terms = Terms.of(battle);
        List<Draft> drafts = new ArrayList<>();
        Set<String> asked = new LinkedHashSet<>();
        for (Map.Entry<String, SourceLine> e : sentences.entrySet()) {
            String sentence = e.getKey();
            if (drafts.size() >= MAX_ITEMS || sentence.length() > MAX_SENTENCE || !ClozeItems.isWholeSentence(sentence)
                    || ClozeItems.leansOnContext(sentence)) {
                continue;
            }
            List<Term> blankable = terms.stream().filter(t -> t.foundIn(sentence)
                    .map(found -> !ClozeItems.namedElsewhere(sentence, found)).orElse(true)).toList();
            keyTerm(sentence, blankable).filter(t -> !ClozeItems.namedElsewhere(sentence, t.text()))
                    .filter(t -> asked.add(Texts.norm(t.text())))
                    .ifPresent(t -> drafts.add(item(battle, sentence, t, terms, e.getValue(), random)));
        }
        return drafts;
    }

    /**
     * What followed: the name right after "led to" (the treaty, not a side named later in the sentence), else the
     * first known term after the cue, else a named side, commander, war or place the sentence holds.
     */
    static Optional<Term> keyTerm(String sentence, List<Term> terms) {
        Matcher cue = CUE.matcher(sentence);
        int after = cue.find() ? cue.start() : 0;
        Optional<Term> known = Optional.empty();
        for (Term t : terms) {
            Optional<String> found = t.foundIn(sentence);
            if (found.isPresent()) {
                Term here = new Term(found.get(), t.kind(), t.keys());
                boolean consequence = Terms.indexOfWords(sentence, found.get()) >= after;
                if (consequence || known.isEmpty()) {
                    known = Optional.of(here);
                }
                if (consequence) {
                    break;
                }
            }
        }
        Matcher named = CONSEQUENCE_NAME.matcher(sentence);
        boolean hasNamed = named.find();
        if (hasNamed && known.filter(t -> Terms.indexOfWords(sentence, t.text()) == named.start(1)).isEmpty()
                && known.filter(t -> Terms.indexOfWords(sentence, t.text()) < named.start(1)
                && Terms.indexOfWords(sentence, t.text()) >= after).isEmpty()) {
            String name = named.group(1);
            return Optional.of(new Term(name, "consequence", List.of(name)));
        }
        if (known.filter(t -> Terms.indexOfWords(sentence, t.text()) >= after).isEmpty() && hasNamed) {
            String name = named.group(1);
            return Optional.of(new Term(name, "consequence", List.of(name)));
        }
        return known;
    }

    /** Options that could all fill the blank: figures with figures, one word with one word, names of like length. */
    static boolean sameShape(String option, String key) {
        boolean figure = option.matches(".*\\d.*");
        if (figure != key.matches(".*\\d.*")) {
            return false;
        }
        int a = option.strip().split("\\s+").length;
        int b = key.strip().split("\\s+").length;
        return a == b || a > 1 && b > 1 && Math.abs(a - b) <= 1;
    }

    /** "the ____": the blank is preceded by an article, so every option must read after it. */
    private static boolean afterThe(String sentence, int at) {
        return sentence.substring(0, at).toLowerCase(java.util.Locale.ROOT).endsWith("the ");
    }

    private static boolean takesThe(String option) {
        return Texts.person(option).startsWith("the ") || Texts.group(option).startsWith("the ");
    }

    private static Draft item(Battle battle, String sentence, Term term, List<Term> terms, SourceLine line,
                              Random random) {
        int at = Terms.indexOfWords(sentence, term.text());
        String blanked = sentence.substring(0, at) + ClozeItems.BLANK + sentence.substring(at + term.text().length());
        FactRef fact = FactRef.of("significance:" + Texts.norm(sentence).hashCode(), "significance", line)
                .stating(Texts.missing(term.text())).quoting(sentence);
        List<String> sameKind = terms.stream().filter(t -> t.kind().equals(term.kind()))
                .map(Term::text).filter(t -> !Texts.norm(t).equals(Texts.norm(term.text())))
                .filter(t -> sameShape(t, term.text())).filter(t -> !Texts.containsWords(blanked, t))
                .filter(t -> !afterThe(sentence, at) || takesThe(t)).toList();
        List<String> distractors = Pools.pick(sameKind, term.keys(), 3, random);
        if (distractors.size() >= 2 && !term.kind().equals("consequence")) {
            return Items.singleChoice(fact, "Which words complete this sentence from the article on " + battle.name()
                    + "? \u201c" + blanked + "\u201d", term.text(), distractors, random, 0.55).alsoRight(term.keys());
        }
        Set<String> keys = new LinkedHashSet<>();
        keys.add(term.text());
        keys.addAll(term.keys());
        return Items.cloze(fact, "Fill in the blank (from the article on " + battle.name() + "): " + blanked,
                List.copyOf(keys), 0.6);
    }
}
