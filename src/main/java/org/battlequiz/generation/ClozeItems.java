package org.battlequiz.generation;

import java.util.ArrayList;
import java.util.HashSet;
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
import org.battlequiz.article.NamedEntry;
import org.battlequiz.article.SourceLine;

/** A key term (commander, belligerent, war, place, figure) blanked in a sentence of the article body. */
final class ClozeItems implements ItemStrategy {
    static final String BLANK = "____";
    private static final int MAX_ITEMS = 5;
    private static final int MAX_SENTENCE = 200;
    private static final Pattern PAGE_OR_CODE = Pattern.compile("(?:\\bpp?\\.|\\bpages?|\\bisbn(?:-1[03])?:?|\\bno\\.|\\bvol\\.)\\s*$");
    private static final Pattern COUNT_NOUN = Pattern.compile("\\s+(?:(?:more|other|further|additional|british|french|"
            + "german|roman|english|allied|enemy|[a-z]+ian|[a-z]+ese)\\s+)?(?:men|soldiers|troops|warriors|fighters|"
            + "killed|dead|wounded|prisoners|casualties|captives|horsemen|cavalry|infantry|knights|archers|sailors|"
            + "marines|ships|vessels|galleys|guns|cannons?|tanks|aircraft|planes|elephants|chariots)\\b");
    /** Words that show a sentence tells of the fighting, not of the place today or the sources. */
    private static final Pattern ABOUT_THE_FIGHTING = Pattern.compile("(?i)\\b(battle|fought|fight|attack|defeat|victor|"
            + "won\\b|wins?\\b|killed|retreat|surrender|siege|besieg|captur|charge|advanc|army|armies|forces|troops|command|"
            + "casualt|losses|clash|assault|invad|engag|march|rout|flee|fled|withdr|reinforc|occup|capitul)");
    private static final Pattern WHOLE_SENTENCE = Pattern.compile("(?s)\\p{Lu}.*[.!?][\"\u201d\u2019)]?");
    private static final int MIN_WORDS = 8;

    /** A sentence that opens on a pronoun leans on the one before it, which the learner does not see. */
    private static final Pattern LEANS_ON_CONTEXT = Pattern.compile(
            "^(He|She|It|They|This|These|Those|His|Her|Its|Their|There|But|However|Instead|Nevertheless|Thus"
                    + "|Therefore|Consequently)\\b|\\b(he|she|him|them|otherwise)\\b");

    static boolean leansOnContext(String sentence) {
        return LEANS_ON_CONTEXT.matcher(sentence).find();
    }

    @Override
    public List<Draft> drafts(Battle battle, Random random) {
        Map<String, BodyFact> sentences = new LinkedHashMap<>();
        for (BodyFact f : battle.article().bodyFacts()) {
            if (f.sentence() != null && f.source() != null && !SignificanceItems.isCausal(f.sentence())) {
                sentences.putIfAbsent(f.sentence(), f);
            }
        }
        List<Term> terms = Terms.of(battle);
        List<Draft> drafts = new ArrayList<>();
        Set<String> blanked = new HashSet<>();
        for (BodyFact fact : sentences.values()) {
            String sentence = withoutGlosses(Texts.withoutRefs(fact.sentence()));
            if (!standsAlone(sentence) || aboutAnotherBattle(battle.undatedName(), sentence)) {
                continue;
            }
            List<Term> present = new ArrayList<>();
            for (Term t : terms) {
                if (!blanked.contains(Texts.norm(t.keys().get(0)))) {
                    t.foundIn(sentence).filter(found -> !splitsItsName(sentence, found, t.text())
                                    && (!t.kind().equals("location") || Character.isUpperCase(found.codePointAt(0))))
                            .ifPresent(found -> present.add(new Term(found, t.kind(), t.keys())));
                }
            }
            numberTerm(battle, fact, sentence).ifPresent(present::add);
            present.removeIf(t -> insideAWord(sentence, t.text()) || !typeable(t.text())
                    || namedElsewhere(sentence, t.text()) || afterAPointOfTheCompass(sentence, t.text())
                    || t.kind().equals("belligerent") && namesItsService(sentence, t.text()));
            if (present.isEmpty() || drafts.size() >= MAX_ITEMS || sentence.length() > MAX_SENTENCE) {
                continue;
            }
            Term term = present.get(random.nextInt(present.size()));
            blanked.add(Texts.norm(term.keys().get(0)));
            drafts.add(cloze(battle, sentence, term, fact.source()));
        }
        return drafts;
    }

    /**
     * The sentence without a gloss in another script ("(Greek: ...)"), or a pronunciation or name in another language
     * ("(Spanish: Batalla de Orle, IPA:)"), or a pointer to another article ("(see Battle of Orle)"): nothing a
     * learner can use.
     */
    static String withoutGlosses(String sentence) {
        return FOREIGN_GLOSS.matcher(sentence).replaceAll("").replaceAll("\\s+", " ");
    }


    private static final Pattern FOREIGN_GLOSS = Pattern.compile(
            "\\s*\\((?:[^()]*[^\\p{IsLatin}\\p{IsCommon}\\p{IsInherited}][^()]*|[^()]*\\bIPA\\b[^()]*"
                    + "|(?:Spanish|French|German|Italian|Portuguese|Latin|Greek|Arabic|Persian|Turkish|Russian|Polish|Dutch"
                    + "|Swedish|Danish|Hungarian|Czech|Chinese|Japanese|Korean|Hindi|Hebrew|Old English|Old Norse):[^()]*"
                    + "|(?i:see|see also|cf\\.|compare)\\s[^()]*)\\)");

    /** A blank a learner can fill from memory: a figure, or a name of at most four words without figures in it. */
    static boolean typeable(String term) {
        String plain = term.strip();
        boolean figure = plain.matches("[\\d,.\\s]+");
        return figure || plain.split("\\s+").length <= 4 && !plain.matches(".*\\d.*");
    }

    private static final Pattern OPENS_WITH_A_BATTLE = Pattern.compile(
            "^(?:The |A )?(?:(?:First|Second|Third|Fourth) )?Battles? (?:of|at) (?:the )?(\\p{Lu}[\\p{L}'’-]+)");

    /** "The Battle of the Frontiers is a name for ..." in the Marne's article: a sentence about another battle. */
    static boolean aboutAnotherBattle(String battleName, String sentence) {
        Matcher m = OPENS_WITH_A_BATTLE.matcher(sentence);
        return m.find() && !Texts.norm(battleName).contains(Texts.norm(m.group(1)));
    }

    /**
     * A sentence a learner can complete without the rest of the article: a whole sentence of prose (not a table note)
     * about the fighting, not leaning on the last.
     */
    static boolean standsAlone(String sentence) {
        return isWholeSentence(sentence) && sentence.split("\\s+").length >= MIN_WORDS
                && ABOUT_THE_FIGHTING.matcher(sentence).find() && !LEANS_ON_CONTEXT.matcher(sentence).find();
    }

    /** "... resulted in the British capture of Chetpattu, Tirunomalai (Th": a page cut off mid-sentence is no sentence. */
    static boolean isWholeSentence(String sentence) {
        return WHOLE_SENTENCE.matcher(sentence).matches();
    }

    /**
     * "Scott" for "Winfield Scott", "Dundee" for "Viscount Dundee": the short form a learner types for a person. A
     * name with "of" or an epithet ("Eugene of Savoy", "Frederick the Great"), or one ending in a given name ("Prince
     * Karl"), has no such form, nor has an Arabic name of kunya and lineage ("Abu Sufyan", "Khalid ibn Walid"). A
     * surname with a particle keeps it ("de Castries").
     */
    static Optional<String> surname(String name) {
        String[] words = name.strip().split("\\s+");
        String last = words[words.length - 1];
        boolean arabic = java.util.Arrays.stream(words)
                .anyMatch(w -> ARABIC_NAME_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT)));
        if (SURNAME_PARTICLES.contains(words[0])) {
            return Optional.empty();
        }
        if (words.length == 3 && SURNAME_PARTICLES.contains(words[1]) && Character.isUpperCase(last.codePointAt(0))) {
            return Optional.of(words[1] + " " + last);
        }
        boolean plain = words.length >= 2 && !arabic && !name.contains(" of ") && !name.contains(" the ")
                && last.length() >= 3 && Character.isUpperCase(last.codePointAt(0))
                && last.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'');
        boolean surname = plain && !isRoman(last) && !NamedEntry.isGivenName(last) && !NamedEntry.isTitleAfterName(last);
        return surname ? Optional.of(last) : Optional.empty();
    }

    /**
     * "Wayne" for "Anthony Wayne" only where the article itself calls him so and no one else it names shares the word:
     * a name whose family name comes first ("Yi Gwang") or a family name two commanders share has no such short form.
     */
    static boolean knownBySurname(Battle battle, String name, String surname) {
        Pattern alone = Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(surname) + "(?![\\p{L}-])");
        boolean used = battle.article().bodyFacts().stream().map(BodyFact::sentence)
                .filter(java.util.Objects::nonNull).anyMatch(sentence -> alone.matcher(sentence.replace(name, " ")).find());
        boolean shared = battle.article().sides().stream().flatMap(side -> side.commanders().stream())
                .map(c -> c.name() == null ? "" : c.name().strip()).filter(other -> !other.equals(name.strip()))
                .anyMatch(other -> java.util.Arrays.asList(other.split("\\s+")).contains(surname));
        return used && !shared;
    }

    private static final Set<String> ARABIC_NAME_WORDS = Set.of("abu", "umm", "ibn", "bin", "bint");
    /** "Christian de Castries" is "de Castries" for short; "de Montfort" blanked is a surname already. */
    private static final Set<String> SURNAME_PARTICLES = Set.of("de", "von", "van", "da", "di", "du", "del", "della",
            "der", "den", "la", "le");

    private static boolean isRoman(String word) {
        return word.matches("[IVXLC]+");
    }

    /** "into northern ____ to relieve French pressure": the sentence names the answer again, in some form. */
    static boolean namedElsewhere(String sentence, String term) {
        int at = Terms.indexOfWords(sentence, term);
        if (at < 0 || term.matches("[\\d,.\\s]+")) {
            return false;
        }
        String rest = sentence.substring(0, at) + " " + sentence.substring(at + term.length());
        return NamedEntry.isNamedIn(rest, term);
    }

    /**
     * "San ____" of "Jose de San Martin", "led by ____ Bolívar": a word beside the blank is part of the same name, so
     * half of it shows; so does a title before it ("Sultan ____"), and a ruler's name before his realm ("Edric II of
     * ____").
     */
    static boolean splitsItsName(String sentence, String found, String name) {
        int at = Terms.indexOfWords(sentence, found);
        if (at < 0) {
            return false;
        }
        String previous = wordBefore(sentence, at);
        String[] after = sentence.substring(at + found.length()).strip().split("\\s+");
        String next = after[0].replaceAll("[,.;:]$", "");
        String[] before = sentence.substring(0, at).strip().split("\\s+");
        boolean rulersPlace = before.length >= 2 && previous.equals("of") && isRoman(before[before.length - 2]);
        if (TITLE_BEFORE.matcher(previous).matches() || rulersPlace) {
            return true;
        }
        if (before.length >= 2 && NAME_WORD.matcher(previous).matches() && !before[before.length - 2].endsWith(".")) {
            return true;
        }
        return !found.equals(name) && (!previous.isEmpty() && Character.isUpperCase(previous.codePointAt(0))
                && Texts.containsWords(name, previous + " " + found)
                || !next.isEmpty() && Character.isUpperCase(next.codePointAt(0))
                && Texts.containsWords(name, found + " " + next));
    }

    /** "led by Quintus Caecilius ____": a capitalised word inside the sentence runs into the blank as one name. */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");

    /** "Sultan ____": a title before the blank tells which option is a ruler's name. */
    private static final Pattern TITLE_BEFORE = Pattern.compile(
            "King|Queen|Prince|Princess|Sultan|Emperor|Empress|Shah|Khan|Tsar|Czar|Caliph|Emir|Duke|Count|Lord|Sir"
                    + "|General|Admiral|Marshal|Consul|Pharaoh|Pope");

    private static final Pattern COMPASS = Pattern.compile(
            "(?i)(?:north|south|east|west|central|northern|southern|eastern|western|north-eastern|north-western"
                    + "|south-eastern|south-western)");

    /** "the Jaén province of southern ____": a region's name after its point of the compass is no test of the battle. */
    static boolean afterAPointOfTheCompass(String sentence, String term) {
        int at = Terms.indexOfWords(sentence, term);
        return at > 0 && COMPASS.matcher(wordBefore(sentence, at)).matches();
    }

    /**
     * "a detachment of ____ Marines": a state's name before its army, navy or marines reads as an adjective, which the
     * service half gives away and which other words fill as well ("U.S.", "American").
     */
    static boolean namesItsService(String sentence, String term) {
        int at = Terms.indexOfWords(sentence, term);
        if (at < 0) {
            return false;
        }
        String[] after = sentence.substring(at + term.length()).strip().split("\\s+");
        return SERVICE.matcher(after[0].replaceAll("[,.;:]$", "")).matches();
    }

    private static final Pattern SERVICE = Pattern.compile("(?i)marines?|army|armies|navy|navies|air|forces?|troops|"
            + "soldiers|garrison|fleet|corps|infantry|cavalry|militia|guards?|coast|commandos?|paratroopers|legion");

    /** The word just before the given place in the sentence, or "" at its start. */
    private static String wordBefore(String sentence, int at) {
        String[] before = sentence.substring(0, at).strip().split("\\s+");
        return before[before.length - 1];
    }

    /** "Henry" in "Martini–Henry rifle": part of a compound, so the blank would ask for half a word. */
    static boolean insideAWord(String sentence, String term) {
        int at = Terms.indexOfWords(sentence, term);
        int end = at + term.length();
        String joiners = "-\u2010\u2011\u2013\u2014'\u2019";
        return at < 0 || at > 0 && joiners.indexOf(sentence.charAt(at - 1)) >= 0
                || end < sentence.length() && joiners.indexOf(sentence.charAt(end)) >= 0;
    }

    private static Draft cloze(Battle battle, String sentence, Term term, SourceLine line) {
        int at = Terms.indexOfWords(sentence, term.text());
        Set<String> keys = new LinkedHashSet<>();
        keys.add(term.text());
        keys.addAll(term.keys());
        Optional<String> surname = term.kind().equals("commander") ? surname(term.text())
                .filter(last -> knownBySurname(battle, term.text(), last)) : Optional.empty();
        surname.ifPresent(keys::add);
        String prompt = "Fill in the blank (from the article on " + battle.name()
                + (surname.isPresent() ? "; the surname is enough" : "") + "): "
                + sentence.substring(0, at) + BLANK + sentence.substring(at + term.text().length());
        FactRef fact = FactRef.of("body:" + line.lineNumber() + ":" + Texts.norm(sentence).hashCode() + ":"
                + Texts.norm(term.text()), term.kind(), line)
                .stating(Texts.missing(term.text())).quoting(sentence);
        return Items.cloze(fact, prompt, List.copyOf(keys), term.kind().equals("body") ? 0.6 : 0.5);
    }

    /**
     * Whether the number counts people, ships or arms ("8,000 men", "40 ships"), the only figures worth a blank:
     * never a page, an ISBN, a year, a distance or a measurement.
     */
    static boolean countsPeopleOrArms(String sentence, String number) {
        int at = Terms.indexOfWords(sentence, number);
        String before = sentence.substring(0, at).toLowerCase(java.util.Locale.ROOT);
        String after = sentence.substring(at + number.length()).toLowerCase(java.util.Locale.ROOT);
        return !PAGE_OR_CODE.matcher(before).find() && COUNT_NOUN.matcher(after).lookingAt();
    }

    /** "40", "8,000", "1,500": a figure a learner can recall. "22,720" typed to the last digit is trivia. */
    static boolean memorable(long n) {
        long significant = n;
        while (significant >= 10 && significant % 10 == 0) {
            significant /= 10;
        }
        return n < 100 || significant < 100;
    }

    private static Optional<Term> numberTerm(Battle battle, BodyFact fact, String sentence) {
        if (fact.kind() != BodyFact.BodyFactKind.NUMBER || fact.value() == null) {
            return Optional.empty();
        }
        String digits = fact.value().replace(",", "");
        if (!digits.matches("\\d{2,}") || !memorable(Long.parseLong(digits))) {
            return Optional.empty();
        }
        String withCommas = Figure.format(Long.parseLong(digits));
        for (String written : List.of(withCommas, digits)) {
            if (Terms.indexOfWords(sentence, written) >= 0 && countsPeopleOrArms(sentence, written)) {
                return Optional.of(new Term(written, "body", List.of(withCommas, digits)));
            }
        }
        return Optional.empty();
    }
}
