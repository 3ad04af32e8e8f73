package org.battlequiz.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.battlequiz.article.ParsedArticle;

/** Where the battle was fought and which war it belonged to, against the places and wars of the bank. */
final class SettingItems implements ItemStrategy {
    /**
     * A war offered as the false "part of", or as a wrong option, must have been going on near the battle's date: a
     * war that ended a decade before it is set aside by a learner who knows only the decade.
     */
    static final int SAME_WARS_YEARS = 6;

    @Override
    public List<Draft> drafts(Battle battle, Random random) {
        List<Draft> drafts = new ArrayList<>();
        ParsedArticle a = battle.article();
        String partOf = Texts.largerConflict(Texts.withoutRefs(a.partOf() == null ? "" : a.partOf()));
        if (!partOf.isBlank() && complete(partOf)) {
            FactRef fact = FactRef.of("partOf", "partOf", battle.source("partOf"))
                    .stating(battle.capitalName() + " " + battle.was() + " part of " + the(partOf) + ".");
            List<String> bankWars = pool(battle.bankNearbyBefore(SAME_WARS_YEARS).stream()
                    .filter(other -> !battle.ofAnotherTheatre(other)).toList(), SettingItems::bankWar);
            bankWars.addAll(battle.eraWars(SAME_WARS_YEARS));
            bankWars.removeIf(war -> partOfIt(war, partOf));
            List<String> wars = Pools.pickNearest(bankWars, List.of(partOf), 3, random);
            List<ParsedArticle> sameRegion = battle.bankSameRegion();
            List<String> sameWars = pool(battle.bankWithin(SAME_WARS_YEARS).stream().filter(sameRegion::contains).toList(),
                    SettingItems::bankWar);
            List<String> nearWars = Pools.pick((sameWars.isEmpty() ? battle.eraWars(SAME_WARS_YEARS) : sameWars).stream()
                    .filter(war -> !partOfIt(war, partOf)).toList(), List.of(partOf), 1, random);
            if (wars.size() >= 2) {
                drafts.add(Items.singleChoice(fact, "Which larger conflict " + battle.was() + " " + battle.name() + " part of?",
                        partOf, wars, random, 0.35));
            }
            if (!nearWars.isEmpty() && !sharesWord(partOf, battle.name())) {
                for (boolean truth : battle.truthsInTurn()) {
                    String stated = truth ? partOf : nearWars.get(0);
                    drafts.add(Items.trueFalse(fact, battle.capitalName() + " " + battle.was() + " part of " + the(stated)
                            + ".", truth, "it was part of " + the(partOf) + ".", 0.35));
                }
            }
        }
        String location = Texts.withoutRefs(a.location() == null ? "" : a.location());
        if (!location.isBlank()) {
            FactRef fact = FactRef.of("location", "location", battle.source("location"))
                    .stating("The article gives the location of " + battle.name() + " as " + inSentence(location) + ".")
                    .quoting("Location: " + location);
            List<String> nearby = pool(battle.bankSameRegion(), ParsedArticle::location);
            battle.eraSites().stream().filter(site -> !namesTheSamePlace(site, location)
                    && !namesTheSamePlace(site, battle.name())).forEach(nearby::add);
            List<String> places = Pools.pickNearest(nearby, List.of(location), 3, random);
            List<String> nearPlaces = Pools.pick(nearby, List.of(location), 1, random);
            String region = lastPart(location);
            if (places.size() >= 2 && !sharesWord(location, battle.name()) && !namesTheBattlesPlace(location, battle)) {
                drafts.add(Items.singleChoice(fact, "Where was " + battle.name() + " fought?", Texts.capitalize(location),
                        places.stream().map(Texts::capitalize).toList(),
                        random, 0.3));
            } else if (!region.equals(location) && !sharesWord(region, battle.name())) {
                List<String> regions = Pools.pickNearest(pool(battle.bank(), ParsedArticle::location).stream()
                        .map(SettingItems::lastPart).toList(), List.of(region), 3, random);
                if (regions.size() >= 2) {
                    drafts.add(Items.singleChoice(fact, "In which country or region was " + battle.name()
                            + " fought, according to the article?", region, regions, random, 0.35));
                }
            }
            if (!nearPlaces.isEmpty() && !sharesWord(location, battle.name()) && !namesTheBattlesPlace(location, battle)) {
                for (boolean truth : battle.truthsInTurn()) {
                    drafts.add(Items.trueFalse(fact, "The article gives the location of " + battle.name() + " as "
                            + inSentence(truth ? location : nearPlaces.get(0)).replaceAll("\\.$", "") + ".", truth,
                            "the location is " + inSentence(location) + ".", 0.3));
                }
            }
        }
        return drafts;
    }

    /** "Suburbs of Nanning", "Near Oakfield": a common word that opens the cell reads in lower case inside a sentence. */
    static String inSentence(String place) {
        return COMMON_OPENING.matcher(place).find() ? Character.toLowerCase(place.charAt(0)) + place.substring(1) : place;
    }

    /** "North of Seoul", never "North Korea"; "Northern Ireland" is a name, so no adjective of direction is lowered. */
    private static final java.util.regex.Pattern COMMON_OPENING = java.util.regex.Pattern.compile("^(?:(?:Suburbs|Outskirts|"
            + "Vicinity|Environs|Near|Around|Outside|Off|Along|Between|Area|Region|Modern|Present-day|Somewhere|Probably|"
            + "Possibly|Various|Several|Mostly)\\b(?!-)|(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest)"
            + " of\\b)");

    /** "the Moro conflict and the", "the Syrian Civil War," : a name cut off where the page broke the line. */
    static boolean complete(String name) {
        return !name.strip().matches("(?is).*(\\b(the|and|of|in|on|a|an)|[,;:–-])$");
    }

    /** "Near Orrin, Vell March (modern Tessa, Kethia)" -> "Vell March": commas inside a note do not count. */
    static String lastPart(String location) {
        String[] parts = location.replaceAll("\\s*\\([^()]*\\)", "").split(",");
        return parts[parts.length - 1].strip();
    }

    /**
     * "Third Crusade" beside "the Crusades", "Ottoman–Venetian War" beside "Ottoman wars in Europe": a war named by a
     * distinctive word of a series of wars the battle belonged to may be part of it, so it is neither a wrong option
     * nor a false statement. "War of the Third Coalition" beside "War of the Fifth Coalition" stays a rival.
     */
    static boolean partOfIt(String war, String partOf) {
        if (broaderName(war, partOf)) {
            return true;
        }
        List<String> whole = List.of(Texts.norm(partOf).split(" "));
        boolean umbrella = whole.contains("wars") || whole.contains("conflicts");
        for (String word : Texts.norm(war).split(" ")) {
            String stem = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
            if (stem.length() > 3 && !GENERIC_WAR_WORDS.contains(stem) && whole.stream()
                    .anyMatch(w -> w.equals(stem + "s") || umbrella && w.startsWith(stem))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Early Muslim conquests" beside "Muslim conquest of Transoxiana": the war's name but a time word runs on in the
     * battle's own conflict, so it names a wider whole that conflict belongs to. "Iraq War" beside "Iraqi Civil War
     * and the intervention in Iraq" does not.
     */
    private static boolean broaderName(String war, String partOf) {
        List<String> own = java.util.Arrays.stream(Texts.norm(partOf).split(" ")).map(SettingItems::singular).toList();
        List<String> words = java.util.Arrays.stream(Texts.norm(war).split(" ")).map(SettingItems::singular)
                .filter(w -> !w.isEmpty() && !TIME_WORDS.contains(w)).toList();
        return !words.isEmpty() && (" " + String.join(" ", own) + " ").contains(" " + String.join(" ", words) + " ");
    }

    private static String singular(String word) {
        return word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : word;
    }

    private static final java.util.Set<String> TIME_WORDS = java.util.Set.of("early", "late", "later", "earlier",
            "the", "of", "and", "in");

    private static final java.util.Set<String> GENERIC_WAR_WORDS = java.util.Set.of("war", "campaign", "first",
            "second", "third", "fourth", "fifth", "great", "civil", "revolt", "rebellion", "conflict", "invasion",
            "battle", "front", "theatre", "theater", "uprising", "expedition", "crisis", "world", "independence",
            "revolution", "succession", "conquest", "siege", "offensive", "operation");

    /**
     * "Madrid, Spain" beside "Arganda del Rey, Madrid, Spain": another battle's place whose own name (before its first
     * comma) the location or the battle's name uses may be this battle's place; "Brunete, Madrid, Spain" is not.
     */
    static boolean namesTheSamePlace(String site, String text) {
        for (String word : Texts.norm(site.split(",")[0]).split(" ")) {
            if (word.length() > 3 && !PLACE_WORDS.contains(word) && Texts.containsWords(text, word)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> PLACE_WORDS = java.util.Set.of("near", "river", "bay", "hill", "hills",
            "mount", "lake", "island", "islands", "strait", "cape", "fort", "port", "north", "south", "east", "west",
            "upper", "lower", "plain", "plains", "valley", "gulf", "pass", "outside", "coast", "city", "field", "fields");

    /** "An Lộc, Bình Long Province" for the Battle of An Lộc: short words, but the battle's own place all the same. */
    static boolean namesTheBattlesPlace(String location, Battle battle) {
        String place = BATTLE_OF.matcher(battle.name()).replaceFirst("");
        return !place.isBlank() && Texts.containsWords(location, place);
    }

    private static final java.util.regex.Pattern BATTLE_OF = java.util.regex.Pattern.compile(
            "(?i)^(?:the )?(?:(?:first|second|third|fourth|fifth) )?(?:battle|siege|sack|fall|capture) of (?:the )?");

    private static boolean sharesWord(String a, String b) {
        for (String word : Texts.norm(a).split(" ")) {
            if (word.length() > 3 && Texts.containsWords(b, word)) {
                return true;
            }
        }
        return false;
    }

    private static String the(String conflict) {
        return Texts.conflictInSentence(conflict);
    }

    /**
     * "Syrian civil war and the Al-Qusayr offensive", "Raqqa campaign (2016–present), the Syrian Civil War": the war a
     * bank battle's row names first, as one option reads, without the campaign joined to it or the years after it.
     */
    static String bankWar(ParsedArticle other) {
        if (other.partOf() == null) {
            return null;
        }
        String war = Texts.firstConflict(Texts.largerConflict(Texts.withoutRefs(other.partOf())));
        int joined = war.indexOf(" and the ");
        return joined > 0 ? war.substring(0, joined) : war;
    }

    private static List<String> pool(List<ParsedArticle> articles, Function<ParsedArticle, String> field) {
        List<String> values = new ArrayList<>();
        for (ParsedArticle other : articles) {
            String v = field.apply(other);
            if (v != null && !v.isBlank()) {
                values.add(Texts.withoutRefs(v));
            }
        }
        return values;
    }
}
