package org.battlequiz.article;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Attributes every belligerent, commander, unit, strength and casualty line of the export to its side. */
final class SideReader {
    private final ExportLayout layout;
    private final SeamContext context;

    SideReader(ExportLayout layout, SeamContext context) {
        this.layout = layout;
        this.context = context;
    }

    List<Side> read() {
        List<List<TextLine>> groups = BelligerentGroups.of(layout.section(Section.BELLIGERENTS));
        ColumnSplitter.Split bel = layout.knownColumns(Section.BELLIGERENTS);
        if (bel == null && groups.size() == 2) {
            bel = BelligerentGroups.split(groups, 1, 1.0);
        } else if (bel == null && groups.size() == 1) {
            bel = new ColumnSplitter(context).split(groups.get(0), Section.BELLIGERENTS);
        }
        if (bel != null) {
            context.knowSides(List.of(names(bel.left()), names(bel.right())));
        }
        Map<Section, ColumnSplitter.Split> splits = splitOthers();
        if (bel == null) {
            bel = BelligerentGroups.choose(groups, splits, context.sentences());
            context.knowSides(List.of(names(bel.left()), names(bel.right())));
            splits = splitOthers();
        }
        return build(bel, splits);
    }

    private Map<Section, ColumnSplitter.Split> splitOthers() {
        Map<Section, ColumnSplitter.Split> out = new EnumMap<>(Section.class);
        ColumnSplitter splitter = new ColumnSplitter(context);
        for (Section s : List.of(Section.COMMANDERS, Section.UNITS, Section.STRENGTH, Section.CASUALTIES)) {
            ColumnSplitter.Split known = layout.knownColumns(s);
            out.put(s, known != null ? known : splitter.split(layout.section(s), s));
        }
        return out;
    }

    static List<String> names(List<Piece> pieces) {
        List<String> out = new ArrayList<>();
        for (Piece p : pieces) {
            String n = NameCleaner.clean(p.clean());
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    private List<Side> build(ColumnSplitter.Split bel, Map<Section, ColumnSplitter.Split> splits) {
        ColumnSplitter.Split cmd = splits.get(Section.COMMANDERS);
        List<List<CommanderReader.Entry>> commanders = List.of(
                CommanderReader.read(cmd.left(), cmd.confidence()), CommanderReader.read(cmd.right(), cmd.confidence()));
        List<List<Commander>> placed = CommanderPlacement.place(commanders, context);
        List<Side> sides = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            sides.add(new Side(entries(pick(bel, i), bel.confidence()), placed.get(i),
                    entries(pick(splits.get(Section.UNITS), i), splits.get(Section.UNITS).confidence()),
                    StrengthReader.read(pick(splits.get(Section.STRENGTH), i), splits.get(Section.STRENGTH).confidence()),
                    CasualtyReader.read(pick(splits.get(Section.CASUALTIES), i),
                            splits.get(Section.CASUALTIES).confidence())));
        }
        return sides;
    }

    private static List<Piece> pick(ColumnSplitter.Split split, int side) {
        return side == 0 ? split.left() : split.right();
    }

    static List<NamedEntry> entries(List<Piece> pieces, double confidence) {
        List<NamedEntry> out = new ArrayList<>();
        for (Piece p : pieces) {
            String n = NameCleaner.clean(p.clean());
            if (!n.isEmpty() && !Words.tokens(n).isEmpty() && !NameCleaner.isPlaceholder(n)) {
                out.add(new NamedEntry(n, p.source(), confidence));
            }
        }
        return out;
    }
}
