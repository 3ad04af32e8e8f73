package org.battlequiz.history;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Renders scores over time as a self-contained, script-free SVG line chart with a text alternative. */
public final class ScoreChartSvg {

    static final int MAX_PLOTTED = 200;
    static final int MAX_MARKERS = 100;
    private static final int WIDTH = 640;
    private static final int HEIGHT = 320;
    private static final int LEFT = 56;
    private static final int RIGHT = 24;
    private static final int TOP = 16;
    private static final int BOTTOM = 48;
    private static final String INK = "#1f2933";
    private static final String LINE = "#1d4ed8";
    private static final String GRID = "#d9dee3";

    private ScoreChartSvg() {
    }

    public static String render(List<ScorePoint> points, String title) {
        return render(points, title, ZoneOffset.UTC);
    }

    public static String render(List<ScorePoint> points, String title, ZoneId zone) {
        List<ScorePoint> sorted = points.stream().sorted(Comparator.comparing(ScorePoint::at)).toList();
        String id = "score-chart-" + Integer.toHexString((title + sorted).hashCode());
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" font-family=\"sans-serif\" font-size=\"12\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(XmlText.escape(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">")
                .append(XmlText.escape(ChartSummary.describe(sorted, zone))).append("</desc>");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        yAxis(svg);
        if (sorted.isEmpty()) {
            svg.append("<text x=\"").append(LEFT + plotWidth() / 2).append("\" y=\"").append(TOP + plotHeight() / 2)
                    .append("\" text-anchor=\"middle\" fill=\"").append(INK).append("\">No attempts yet</text>");
        } else {
            TimeScale scale = new TimeScale(sorted.get(0).at(), sorted.get(sorted.size() - 1).at());
            xAxis(svg, scale, zone);
            List<ScorePoint> plotted = sorted.size() > MAX_PLOTTED ? downsample(sorted) : sorted;
            series(svg, plotted, scale, zone);
        }
        return svg.append("</svg>").toString();
    }

    private static void yAxis(StringBuilder svg) {
        svg.append("<g aria-hidden=\"true\">");
        for (int p = 0; p <= 100; p += 25) {
            String y = num(y(p));
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\" stroke=\"").append(p == 0 ? INK : GRID).append("\"/>");
            svg.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(num(y(p) + 4))
                    .append("\" text-anchor=\"end\" fill=\"").append(INK).append("\">").append(p).append("%</text>");
        }
        svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT).append("\" y1=\"").append(TOP)
                .append("\" y2=\"").append(TOP + plotHeight()).append("\" stroke=\"").append(INK).append("\"/>");
        svg.append("<text x=\"14\" y=\"").append(TOP + plotHeight() / 2).append("\" text-anchor=\"middle\" fill=\"")
                .append(INK).append("\" transform=\"rotate(-90 14 ").append(TOP + plotHeight() / 2)
                .append(")\">Score</text></g>");
    }

    private static void xAxis(StringBuilder svg, TimeScale scale, ZoneId zone) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(
                scale.span().compareTo(Duration.ofDays(3)) < 0 ? "d MMM HH:mm" : "d MMM yyyy", Locale.ENGLISH);
        svg.append("<g aria-hidden=\"true\" fill=\"").append(INK).append("\">");
        String previous = null;
        int ticks = scale.span().isZero() ? 1 : 5;
        for (int i = 0; i < ticks; i++) {
            double fraction = ticks == 1 ? 0.5 : i / (double) (ticks - 1);
            String label = format.format(scale.at(fraction).atZone(zone));
            if (label.equals(previous)) {
                continue;
            }
            previous = label;
            String anchor = ticks == 1 ? "middle" : i == 0 ? "start" : i == ticks - 1 ? "end" : "middle";
            svg.append("<text x=\"").append(num(LEFT + fraction * plotWidth())).append("\" y=\"")
                    .append(TOP + plotHeight() + 20).append("\" text-anchor=\"").append(anchor).append("\">")
                    .append(XmlText.escape(label)).append("</text>");
        }
        svg.append("<text x=\"").append(LEFT + plotWidth() / 2).append("\" y=\"").append(HEIGHT - 6)
                .append("\" text-anchor=\"middle\">Date</text></g>");
    }

    private static void series(StringBuilder svg, List<ScorePoint> plotted, TimeScale scale, ZoneId zone) {
        if (plotted.size() > 1) {
            svg.append("<polyline fill=\"none\" stroke=\"").append(LINE).append("\" stroke-width=\"2\" points=\"");
            for (ScorePoint p : plotted) {
                svg.append(num(x(scale, p.at()))).append(',').append(num(y(p.percent()))).append(' ');
            }
            svg.setLength(svg.length() - 1);
            svg.append("\"/>");
        }
        if (plotted.size() > MAX_MARKERS) {
            return;
        }
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
        svg.append("<g fill=\"").append(LINE).append("\" stroke=\"#ffffff\" stroke-width=\"1.5\">");
        for (ScorePoint p : plotted) {
            String label = day.format(p.at().atZone(zone)) + ": " + ChartSummary.percent(p.percent())
                    + (p.label().isBlank() ? "" : " (" + p.label() + ")");
            svg.append("<circle cx=\"").append(num(x(scale, p.at()))).append("\" cy=\"").append(num(y(p.percent())))
                    .append("\" r=\"4\"><title>").append(XmlText.escape(label)).append("</title></circle>");
        }
        svg.append("</g>");
    }

    static List<ScorePoint> downsample(List<ScorePoint> sorted) {
        int bucket = (sorted.size() + MAX_PLOTTED - 1) / MAX_PLOTTED;
        List<ScorePoint> out = new ArrayList<>();
        for (int start = 0; start < sorted.size(); start += bucket) {
            List<ScorePoint> group = sorted.subList(start, Math.min(sorted.size(), start + bucket));
            double millis = group.stream().mapToDouble(p -> p.at().toEpochMilli()).average().orElse(0);
            double percent = group.stream().mapToDouble(ScorePoint::percent).average().orElse(0);
            out.add(new ScorePoint(Instant.ofEpochMilli(Math.round(millis)), percent, ""));
        }
        return out;
    }

    private static double x(TimeScale scale, Instant at) {
        return LEFT + scale.fraction(at) * plotWidth();
    }

    private static double y(double percent) {
        return TOP + (100 - Math.max(0, Math.min(100, percent))) / 100 * plotHeight();
    }

    private static int plotWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    private static int plotHeight() {
        return HEIGHT - TOP - BOTTOM;
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private record TimeScale(Instant from, Instant to) {
        Duration span() {
            return Duration.between(from, to);
        }

        double fraction(Instant at) {
            long total = span().toMillis();
            return total == 0 ? 0.5 : Duration.between(from, at).toMillis() / (double) total;
        }

        Instant at(double fraction) {
            return from.plusMillis(Math.round(span().toMillis() * fraction));
        }
    }
}
