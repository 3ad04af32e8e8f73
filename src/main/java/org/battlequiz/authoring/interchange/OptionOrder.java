package org.battlequiz.authoring.interchange;

import java.util.ArrayList;
import java.util.List;

/**
 * The order options are shown in, as a permutation of the order a format can carry them in ("2-0-1":
 * the first option shown is the third carried). Only written when the two orders differ.
 */
final class OptionOrder {
    private OptionOrder() {
    }

    /** @return the permutation, or null when options already come in the carried order or are not a permutation of it */
    static String encode(List<String> shown, List<String> carried) {
        if (shown.equals(carried) || shown.size() != carried.size()) {
            return null;
        }
        boolean[] used = new boolean[carried.size()];
        List<String> indexes = new ArrayList<>();
        for (String option : shown) {
            int index = firstUnused(carried, option, used);
            if (index < 0) {
                return null;
            }
            used[index] = true;
            indexes.add(Integer.toString(index));
        }
        return String.join("-", indexes);
    }

    /** @throws IllegalArgumentException when the permutation does not fit the carried options */
    static List<String> decode(String permutation, List<String> carried) {
        String[] parts = permutation.split("-");
        if (parts.length != carried.size()) {
            throw new IllegalArgumentException("option order '" + permutation + "' names " + parts.length
                    + " options but the item has " + carried.size());
        }
        boolean[] used = new boolean[carried.size()];
        List<String> shown = new ArrayList<>();
        for (String part : parts) {
            int index = parseIndex(part.strip(), carried.size(), permutation);
            if (used[index]) {
                throw new IllegalArgumentException("option order '" + permutation + "' repeats " + index);
            }
            used[index] = true;
            shown.add(carried.get(index));
        }
        return shown;
    }

    private static int parseIndex(String part, int size, String permutation) {
        try {
            int index = Integer.parseInt(part);
            if (index >= 0 && index < size) {
                return index;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("option order '" + permutation + "' has a bad index '" + part + "'");
    }

    private static int firstUnused(List<String> carried, String option, boolean[] used) {
        for (int i = 0; i < carried.size(); i++) {
            if (!used[i] && carried.get(i).equals(option)) {
                return i;
            }
        }
        return -1;
    }
}
