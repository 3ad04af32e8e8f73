package org.battlequiz.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

class ScoreChartSvgTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final Instant MAY_3 = Instant.parse("2024-05-03T10:00:00Z");

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static NodeList all(Document doc, String name) {
        return doc.getElementsByTagNameNS(SVG_NS, name);
    }

    private static String desc(Document doc) {
        return all(doc, "desc").item(0).getTextContent();
    }

    private static List<ScorePoint> twelvePoints() {
        List<ScorePoint> points = new ArrayList<>();
        double[] scores = {40, 55, 60, 95, 70, 65, 75, 80, 85, 60, 90, 80};
        for (int i = 0; i < scores.length; i++) {
            points.add(new ScorePoint(MAY_3.plus(Duration.ofDays(i * 37L / 11)), scores[i], "Set " + i));
        }
        return points;
    }

    @Test
    void chartIsAnAccessibleImageWithTitleAndSummary() throws Exception {
        Document doc = parse(ScoreChartSvg.render(twelvePoints(), "My scores"));
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals(SVG_NS, root.getNamespaceURI());
        assertEquals("img", root.getAttribute("role"));
        Element title = (Element) all(doc, "title").item(0);
        Element desc = (Element) all(doc, "desc").item(0);
        assertEquals(title, root.getElementsByTagNameNS(SVG_NS, "*").item(0));
        assertEquals("My scores", title.getTextContent());
        assertEquals(title.getAttribute("id") + " " + desc.getAttribute("id"), root.getAttribute("aria-labelledby"));
        assertEquals("12 attempts from 3 May 2024 to 9 June 2024; last 80%, best 95%, average 71%.", desc(doc));
    }

    @Test
    void axesAreLabelledWithPercentsAndDates() throws Exception {
        Document doc = parse(ScoreChartSvg.render(twelvePoints(), "My scores"));
        List<String> texts = new ArrayList<>();
        NodeList nodes = all(doc, "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        assertTrue(texts.containsAll(List.of("0%", "25%", "50%", "75%", "100%", "Score", "Date")), texts.toString());
        assertTrue(texts.contains("3 May 2024"), texts.toString());
        assertTrue(texts.contains("9 Jun 2024"), texts.toString());
    }

    @Test
    void everyAttemptIsAPointOnTheLine() throws Exception {
        Document doc = parse(ScoreChartSvg.render(twelvePoints(), "My scores"));
        String[] coordinates = ((Element) all(doc, "polyline").item(0)).getAttribute("points").split(" ");
        assertEquals(12, coordinates.length);
        assertEquals("56.0,169.6", coordinates[0]);
        assertEquals("616.0,67.2", coordinates[11]);
        NodeList circles = all(doc, "circle");
        assertEquals(12, circles.getLength());
        assertEquals("3 May 2024: 40% (Set 0)", circles.item(0).getTextContent());
    }

    @Test
    void userTextIsEscapedAndCannotInjectMarkup() throws Exception {
        String title = "<script>alert(1)</script> & \"quotes\" 'n' \u0001</svg>";
        List<ScorePoint> points = List.of(new ScorePoint(MAY_3, 50, "<b onload=\"x()\">Set & co</b>"),
                new ScorePoint(MAY_3.plus(Duration.ofDays(1)), 70, "ok"));
        String svg = ScoreChartSvg.render(points, title);
        assertFalse(svg.contains("<script"));
        assertFalse(svg.contains("<b "));
        Document doc = parse(svg);
        assertEquals(0, all(doc, "script").getLength());
        assertEquals("<script>alert(1)</script> & \"quotes\" 'n' </svg>", all(doc, "title").item(0).getTextContent());
        assertEquals("3 May 2024: 50% (<b onload=\"x()\">Set & co</b>)", all(doc, "circle").item(0).getTextContent());
        assertNoScriptOrEventHandlers(doc);
    }

    @Test
    void emptyHistorySaysSoAndDrawsNoSeries() throws Exception {
        Document doc = parse(ScoreChartSvg.render(List.of(), "My scores"));
        assertEquals("No attempts yet.", desc(doc));
        assertEquals(0, all(doc, "polyline").getLength());
        assertEquals(0, all(doc, "circle").getLength());
    }

    @Test
    void singleAttemptIsOneCentredPoint() throws Exception {
        Document doc = parse(ScoreChartSvg.render(List.of(new ScorePoint(MAY_3, 80, "Quiz")), "My scores"));
        assertEquals("1 attempt on 3 May 2024; score 80%.", desc(doc));
        assertEquals(0, all(doc, "polyline").getLength());
        Element circle = (Element) all(doc, "circle").item(0);
        assertEquals("336.0", circle.getAttribute("cx"));
        assertEquals("67.2", circle.getAttribute("cy"));
    }

    @Test
    void thousandAttemptsStayLight() throws Exception {
        List<ScorePoint> points = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            points.add(new ScorePoint(MAY_3.plus(Duration.ofHours(6L * i)), i % 101, "Set " + i));
        }
        String svg = ScoreChartSvg.render(points, "My scores");
        Document doc = parse(svg);
        assertTrue(desc(doc).startsWith("1000 attempts from 3 May 2024 to "), desc(doc));
        Element line = (Element) all(doc, "polyline").item(0);
        assertNotNull(line);
        assertEquals(ScoreChartSvg.MAX_PLOTTED, line.getAttribute("points").split(" ").length);
        assertEquals(0, all(doc, "circle").getLength());
        assertTrue(svg.length() < 20_000, "svg is " + svg.length() + " chars");
    }

    @Test
    void downsamplingAveragesNeighbouringScores() {
        List<ScorePoint> points = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            points.add(new ScorePoint(MAY_3.plusSeconds(i), i % 2 == 0 ? 20 : 60, ""));
        }
        List<ScorePoint> reduced = ScoreChartSvg.downsample(points);
        assertEquals(200, reduced.size());
        assertEquals(40, reduced.get(0).percent(), 1e-9);
        assertEquals(MAY_3.plusMillis(500), reduced.get(0).at());
    }

    private static void assertNoScriptOrEventHandlers(Document doc) {
        NodeList elements = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < elements.getLength(); i++) {
            NamedNodeMap attributes = elements.item(i).getAttributes();
            for (int j = 0; j < attributes.getLength(); j++) {
                assertFalse(attributes.item(j).getNodeName().toLowerCase().startsWith("on"),
                        attributes.item(j).getNodeName());
            }
        }
    }
}
