package org.battlequiz.generation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Commanders, polities and wars with their years and regions, and places with their regions, kept as resource
 * files under /gazetteer: wrong options of the battle's own era and region when the article and the bank give too few.
 */
final class Gazetteer {
    record Entry(String name, int from, int to, Set<String> regions) {
        boolean within(int year, int slack) {
            return from - slack <= year && year <= to + slack;
        }

        long distance(int year) {
            return year < from ? from - year : year > to ? year - to : 0;
        }
    }

    private static final Gazetteer SHIPPED = new Gazetteer(read("commanders.tsv"), read("polities.tsv"),
            read("wars.tsv"), read("places.tsv"), read("deaths.tsv"), read("sites.tsv"));

    private final List<Entry> commanders;
    private final List<Entry> polities;
    private final List<Entry> wars;
    private final List<Entry> sites;
    private final Map<String, Set<String>> regionsByName = new HashMap<>();
    private final Map<String, Integer> deathYears = new HashMap<>();

    /** Each list holds tab-separated lines as the resource files do; lines starting with '#' are comments. */
    Gazetteer(List<String> commanderLines, List<String> polityLines, List<String> warLines, List<String> placeLines) {
        this(commanderLines, polityLines, warLines, placeLines, List.of());
    }

    /** deathLines: "name TAB year of death" for the commanders whose death year is known. */
    Gazetteer(List<String> commanderLines, List<String> polityLines, List<String> warLines, List<String> placeLines,
              List<String> deathLines) {
        this(commanderLines, polityLines, warLines, placeLines, deathLines, List.of());
    }

    /** siteLines: "location as an infobox gives it TAB year TAB regions", one line per battle. */
    Gazetteer(List<String> commanderLines, List<String> polityLines, List<String> warLines, List<String> placeLines,
              List<String> deathLines, List<String> siteLines) {
        this.sites = entries(siteLines.stream().map(Gazetteer::asSpan).toList());
        for (String line : deathLines) {
            String[] f = line.split("\t");
            if (f.length == 2 && !line.startsWith("#") && f[1].strip().matches("-?\\d{1,4}")) {
                deathYears.put(Texts.norm(f[0]), Integer.parseInt(f[1].strip()));
            }
        }
        this.commanders = entries(commanderLines);
        this.polities = entries(polityLines);
        this.wars = entries(warLines);
        for (String line : placeLines) {
            String[] f = line.split("\t");
            if (f.length == 2 && !line.startsWith("#")) {
                regionsByName.put(Texts.norm(f[0]), regions(f[1]));
            }
        }
        for (List<Entry> kind : List.of(polities, wars)) {
            kind.forEach(e -> regionsByName.putIfAbsent(Texts.norm(e.name()), e.regions()));
        }
    }

    static Gazetteer shipped() {
        return SHIPPED;
    }

    /**
     * The regions of a battle: of the place its location names (the last part first; a state there by its core
     * region, the German Empire's not its colonies'), not of the whole war (the Hungarian invasions reached the
     * Balkans, a battle in Bavaria does not); without a known place, of the polities among its belligerents, its
     * commanders and its war. Empty when none is known.
     */
    Set<String> regionsOf(String location, List<String> belligerents, List<String> commanderNames, String partOf) {
        Set<String> out = new LinkedHashSet<>();
        if (location != null) {
            String[] parts = Texts.withoutRefs(location).split(",");
            for (int i = parts.length - 1; i >= 0 && out.isEmpty(); i--) {
                out.addAll(core(place(parts[i])));
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        belligerents.forEach(b -> out.addAll(core(regionsByName.getOrDefault(Texts.norm(b), Set.of()))));
        commanderNames.forEach(c -> commanders.stream().filter(e -> Texts.norm(e.name()).equals(Texts.norm(c)))
                .findFirst().ifPresent(e -> out.addAll(core(e.regions()))));
        if (partOf != null) {
            out.addAll(regionsByName.getOrDefault(Texts.norm(partOf).replaceFirst("^the ", ""), Set.of()));
        }
        return out;
    }

    /**
     * The first region a row lists, where a state or a commander mostly stood: the German Empire's colonies or a
     * general's one campaign abroad do not make its battles African or Pacific ones.
     */
    private static Set<String> core(Set<String> regions) {
        return regions.stream().findFirst().map(Set::of).orElse(Set.of());
    }

    /** "near Alesia (modern Alise-Sainte-Reine), Gaul": the longest known place name in the part. */
    private Set<String> place(String part) {
        List<String> words = Arrays.asList(Texts.norm(part.replaceAll("\\([^)]*\\)", " ")).split(" "));
        for (int n = words.size(); n >= 1; n--) {
            for (int at = 0; at + n <= words.size(); at++) {
                Set<String> found = regionsByName.get(String.join(" ", words.subList(at, at + n)));
                if (found != null) {
                    return found;
                }
            }
        }
        return Set.of();
    }

    /**
     * Commanders of one of the battle's regions whose years of command ended a few years before it: of the learner's
     * picture of the era, and certainly not at the battle. One whose command began after it is never offered: the
     * young officers of a battle (Lee and Grant in Mexico in 1847, Brutus at Pharsalus) become the generals of the
     * next war, so such a name may well have been there.
     */
    List<String> commandersNear(int year, Set<String> regions) {
        return matching(commanders, regions).filter(e -> e.to() < year && e.distance(year) >= OUTSIDE_MARGIN
                        && year - e.to() <= COMMAND_ENDED_BEFORE && aliveIn(e.name(), year))
                .sorted(Comparator.comparingLong(e -> e.distance(year))).map(Entry::name).toList();
    }

    /** Whether the commander may have lived to see the year: no known death before it. */
    private boolean aliveIn(String name, int year) {
        Integer died = deathYears.get(Texts.norm(name));
        return died == null || died >= year;
    }

    /**
     * A commander's last campaign at most this many years before the battle: likely still alive at it, so of the
     * learner's picture of the battle's world (Frederick the Great is no option for 1800, Shaka none for 1838).
     */
    static final int COMMAND_ENDED_BEFORE = 5;

    /**
     * Wars of one of the battle's regions that ended before it, at most {@code reach} years before, nearest first: a war
     * going on in its year might hold the battle under another name, and one that began after it (the Korean War for a
     * battle of 1944) is no plausible wrong answer.
     */
    List<String> warsNear(int year, Set<String> regions, int reach) {
        List<Entry> near = matching(wars, regions).filter(e -> e.to() < year && year - e.to() <= reach)
                .sorted(Comparator.comparingLong(e -> e.distance(year))).toList();
        List<Entry> apart = new ArrayList<>();
        for (Entry war : near) {
            if (apart.stream().noneMatch(kept -> overlap(kept, war, regions))) {
                apart.add(war);
            }
        }
        return apart.stream().map(Entry::name).toList();
    }

    /** The longest war name the text holds as words ("Pacific Front (World War II)" holds World War II). */
    Optional<Entry> warNamedIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return wars.stream().filter(w -> Texts.containsWords(text, w.name()))
                .max(Comparator.comparingInt(w -> w.name().length()));
    }

    /**
     * The French and Indian War and the Seven Years' War: two wars fought at the same time in one of the battle's
     * regions may be one war under two names, or one a theatre of the other; a learner cannot rule out either.
     */
    private static boolean overlap(Entry a, Entry b, Set<String> regions) {
        return a.from() <= b.to() && b.from() <= a.to()
                && a.regions().stream().anyMatch(r -> regions.contains(r) && b.regions().contains(r));
    }

    /**
     * Where other battles of one of the battle's regions were fought, nearest in time first, within a lifetime of it:
     * places a learner might take for its own.
     */
    List<String> sitesNear(int year, Set<String> regions) {
        return matching(sites, regions).filter(e -> e.distance(year) <= SITE_REACH)
                .sorted(Comparator.comparingLong(e -> e.distance(year))).map(Entry::name).toList();
    }

    /** Years between two battles beyond which one's place is of another era. */
    static final int SITE_REACH = 60;

    /** "Brunete, Madrid, Spain TAB 1937 TAB iberia" as a span of one year, the shape of the other files. */
    private static String asSpan(String siteLine) {
        String[] f = siteLine.split("\t");
        return f.length == 3 ? f[0] + "\t" + f[1] + "\t" + f[1] + "\t" + f[2] : siteLine;
    }

    /** Years a commander's dates may be off: one that close to the battle might have been there. */
    static final int OUTSIDE_MARGIN = 3;

    private static java.util.stream.Stream<Entry> matching(List<Entry> entries, Set<String> regions) {
        return entries.stream().filter(e -> e.regions().stream().anyMatch(regions::contains));
    }

    private static List<Entry> entries(List<String> lines) {
        List<Entry> out = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            if (line.startsWith("#") || f.length != 4) {
                continue;
            }
            try {
                out.add(new Entry(f[0].strip(), Integer.parseInt(f[1].strip()), Integer.parseInt(f[2].strip()),
                        regions(f[3])));
            } catch (NumberFormatException e) {
                // a malformed line is skipped; the resource check test names it
            }
        }
        return List.copyOf(out);
    }

    private static Set<String> regions(String field) {
        Set<String> ordered = Arrays.stream(field.strip().split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return Collections.unmodifiableSet(ordered);
    }

    static List<String> read(String file) {
        InputStream in = Gazetteer.class.getResourceAsStream("/gazetteer/" + file);
        if (in == null) {
            return List.of();
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
