package se.paverkansagenda.stage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.compilation.DocumentContent;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.plan.Step;

/**
 * The timeline page, its CSV and its PDF for a running cycle of the seed plan (region TL) whose first
 * step is late: the chart is well-formed SVG with one labelled row per step, the CSV and the PDF carry
 * the same figures as the stages JSON, and refusals are Swedish pages.
 */
@IntegrationTest
class TimelineTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARKUP_REGION = "Region <b>Test</b> & \"Co\"";

    @LocalServerPort
    int port;
    @Autowired
    Lifecycles lifecycles;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CycleService cycles;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void thePageDrawsOneLabelledRowPerStepWithTheLateStepMarkedAndATodayLine() throws Exception {
        String key = lateFirstStep("TL");

        HttpResponse<String> page = ApiClient.as("processagare", port).get("/api/cycles/" + key + "/tidslinje");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"sv\"", "Planerat mot utfört", "2 av 12 steg är försenade",
                "href=\"/api/cycles/" + key + "/stages.pdf\"");
        Document svg = svg(page.body());
        List<Element> rows = elements(svg, "g", "step");
        assertThat(rows).hasSize(12);
        for (Step step : Step.values()) {
            Element row = rows.get(step.ordinal());
            assertThat(row.getAttribute("data-step")).isEqualTo(step.name());
            assertThat(row.getElementsByTagName("title").item(0).getTextContent())
                    .startsWith(step.number() + ". " + step.swedishName() + ": planerat ");
            assertThat(row.getElementsByTagName("text").item(0).getTextContent())
                    .isEqualTo(step.number() + ". " + step.swedishName());
            assertThat(elements(row, "rect", "planned")).hasSize(1);
        }
        Element draftPm = rows.get(0);
        assertThat(elements(draftPm, "rect", "actual")).hasSize(1);
        assertThat(elements(draftPm, "rect", "late")).hasSize(1);
        assertThat(draftPm.getElementsByTagName("title").item(0).getTextContent())
                .contains("planerat 7 apr. 2020 – 24 apr. 2020", "pågår", "4 dagar (2 arbetsdagar)");
        assertThat(elements(rows.get(1), "rect", "actual")).isEmpty();
        assertThat(elements(svg, "g", "today")).hasSize(1);
        assertThat(elements(svg, "g", "legend")).hasSize(1);
        assertThat(svg.getDocumentElement().getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Planerat mot utfört för " + key + ", Region Jämtland Härjedalen");
        // the table below the chart
        assertThat(page.body()).contains("<th scope=\"row\">1. Formulera förslag till struktur (PM)</th>",
                "<td class=\"late\">4 dagar (2 arbetsdagar)</td>");
    }

    @Test
    void theCsvParsesBackToTheRowsOfTheStagesJson() throws Exception {
        String key = lateFirstStep("TC");
        ApiClient owner = ApiClient.as("processagare", port);
        JsonNode stages = JSON.readTree(owner.get("/api/cycles/" + key + "/stages").body()).path("stages");

        HttpResponse<String> csv = owner.get("/api/cycles/" + key + "/stages.csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment", key + "-tidslinje.csv");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(csv.body())).getRecords();
        assertThat(records).hasSize(12);
        for (int i = 0; i < 12; i++) {
            JsonNode stage = stages.get(i);
            CSVRecord record = records.get(i);
            assertThat(record.get("steg")).isEqualTo(stage.path("number").asText());
            assertThat(record.get("nyckel")).isEqualTo(stage.path("step").asText());
            assertThat(record.get("namn")).isEqualTo(stage.path("name").asText());
            assertThat(record.get("planerad_start")).isEqualTo(stage.path("plannedStart").asText());
            assertThat(record.get("planerad_slut")).isEqualTo(stage.path("plannedEnd").asText());
            assertThat(record.get("faktisk_start")).isEqualTo(stage.path("actualStart").asText(""));
            assertThat(record.get("faktisk_slut")).isEqualTo(stage.path("actualEnd").asText(""));
            assertThat(record.get("lage")).isEqualTo(stage.path("state").asText());
            assertThat(record.get("forsenat")).isEqualTo(stage.path("late").asText());
            assertThat(record.get("dagar_sent")).isEqualTo(stage.path("daysLate").asText());
            assertThat(record.get("arbetsdagar_sent")).isEqualTo(stage.path("businessDaysLate").asText());
        }
        assertThat(records.get(0).get("faktisk_start")).isEqualTo("2020-04-07T09:00:00+02:00");
        assertThat(records.get(0).get("dagar_sent")).isEqualTo("4");
    }

    @Test
    void thePdfCarriesTheCycleKeyAndEveryStepName() throws Exception {
        String key = lateFirstStep("TP");

        HttpResponse<byte[]> pdf = ApiClient.as("tjansteperson", port).download("/api/cycles/" + key + "/stages.pdf");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        String text = DocumentContent.pdfText(pdf.body()).replaceAll("\\s+", " ");
        assertThat(text).contains("Planerat mot utfört – " + key, "Region Jämtland Härjedalen",
                "FÖRSENAT 4 dagar (2 arbetsdagar)");
        for (Step step : Step.values()) {
            assertThat(text).contains(step.swedishName());
        }
    }

    @Test
    void anUnknownCycleIsASwedishNotFoundPageAndOtherRolesAreRefused() {
        HttpResponse<String> unknown = ApiClient.as("processagare", port).get("/api/cycles/PA-XX-1999/tidslinje");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(unknown.body()).contains("lang=\"sv\"", "Det finns ingen cykel med affärsnyckeln PA-XX-1999");
        assertThat(ApiClient.as("processagare", port).get("/api/cycles/PA-XX-1999/stages.pdf").statusCode()).isEqualTo(404);

        String key = lateFirstStep("TR");
        for (String path : List.of("/tidslinje", "/stages.csv", "/stages.pdf")) {
            HttpResponse<String> presidium = ApiClient.as("presidiet", port).get("/api/cycles/" + key + path);
            assertThat(presidium.statusCode()).as(path).isEqualTo(403);
            assertThat(presidium.body()).as(path).contains("Åtkomst nekad").doesNotContain("Formulera förslag");
            assertThat(ApiClient.anonymous(port).get("/api/cycles/" + key + path).statusCode()).as(path).isEqualTo(401);
        }
    }

    @Test
    void aRegionNameWithMarkupIsEscapedOnThePageInTheChartAndInThePdf() throws Exception {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2020-04-01T07:00:00Z")));
        String key = cycles.start(DefaultPlan.yaml().replace("code: JH", "code: TX")
                .replace("name: Region Jämtland Härjedalen", "name: '" + MARKUP_REGION + "'"), "processagare").businessKey();

        HttpResponse<String> page = ApiClient.as("processagare", port).get("/api/cycles/" + key + "/tidslinje");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<b>Test</b>").contains("Region &lt;b&gt;Test&lt;/b&gt; &amp;");
        Document svg = svg(page.body());
        assertThat(svg.getDocumentElement().getElementsByTagName("title").item(0).getTextContent()).endsWith(MARKUP_REGION);
        assertThat(svg.getElementsByTagName("b").getLength()).isZero();
        assertThat(DocumentContent.pdfText(ApiClient.as("processagare", port).download("/api/cycles/" + key + "/stages.pdf").body()))
                .contains(MARKUP_REGION);
    }

    /** A cycle whose first step started on its day and is still open four days past its planned end. */
    private String lateFirstStep(String region) {
        return lifecycles.start(region).at("2020-04-07T09:00").at("2020-04-28T10:00").cycleKey();
    }

    private static Document svg(String html) throws Exception {
        String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>") + "</svg>".length());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static List<Element> elements(Document document, String tag, String cssClass) {
        return elements(document.getDocumentElement(), tag, cssClass);
    }

    private static List<Element> elements(Element parent, String tag, String cssClass) {
        NodeList all = parent.getElementsByTagName(tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.getAttribute("class").equals(cssClass)) {
                found.add(element);
            }
        }
        return found;
    }
}
