package se.paverkansagenda.council;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.paverkansagenda.form.FormRuleViolation;
import se.paverkansagenda.form.FormValues;
import se.paverkansagenda.process.AgendaProcess;

/**
 * The RSR treatment form as the server checks it, whichever client sent it: Tasklist sends the
 * dissents as a JSON array and the date as text, the REST API may send a list and a Date. The rows of
 * the dissent list are checked here because Tasklist's form library keeps an error of a corrected
 * row and would leave the form impossible to submit.
 */
record RsrTreatmentForm(LocalDate meetingDate, String paragraph, String position, boolean consensus,
                        List<Treatment.Dissent> dissents, String noDissentNote, String minutesUrl) {

    static final int POSITION_LENGTH = 20_000;
    static final int AUTHOR_LENGTH = 300;
    static final int OPINION_LENGTH = 4_000;
    private static final Pattern PARAGRAPH = Pattern.compile("\\s*(?:§\\s*)?([0-9]{1,4})\\s*");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    static RsrTreatmentForm read(Object meetingDate, String paragraph, String position, String consensus,
                                 Object dissents, String noDissentNote, String minutesUrl) {
        LocalDate date = date(meetingDate);
        Matcher number = PARAGRAPH.matcher(paragraph == null ? "" : paragraph);
        if (!number.matches()) {
            throw new FormRuleViolation("Paragraf i protokollet: skriv paragrafens nummer, till exempel 12 eller § 12.");
        }
        if (FormValues.isBlank(position)) {
            throw new FormRuleViolation("Rådets ställningstagande: skriv vad rådet beslutade eller noterade.");
        }
        if (position.length() > POSITION_LENGTH) {
            throw new FormRuleViolation("Rådets ställningstagande får vara högst " + POSITION_LENGTH + " tecken.");
        }
        if (!AgendaProcess.CONSENSUS_YES.equals(consensus) && !AgendaProcess.CONSENSUS_NO.equals(consensus)) {
            throw new FormRuleViolation("Välj om ställningstagandet fattades i konsensus.");
        }
        List<Treatment.Dissent> rows = dissents(dissents);
        boolean inConsensus = AgendaProcess.CONSENSUS_YES.equals(consensus);
        if (!inConsensus && rows.isEmpty() && FormValues.isBlank(noDissentNote)) {
            throw new FormRuleViolation("Ställningstagandet fattades inte i konsensus: lägg till de avvikande "
                    + "synpunkterna till protokollet, eller skriv varför inga antecknades.");
        }
        if (!FormValues.isBlank(minutesUrl) && !minutesUrl.trim().matches("(?i)https?://\\S+")) {
            throw new FormRuleViolation("Länk till protokollet: skriv en webbadress som börjar med https://.");
        }
        return new RsrTreatmentForm(date, number.group(1), position.trim(), inConsensus, rows,
                inConsensus || FormValues.isBlank(noDissentNote) ? null : noDissentNote.trim(),
                FormValues.isBlank(minutesUrl) ? null : minutesUrl.trim());
    }

    private static LocalDate date(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(STOCKHOLM).toLocalDate();
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return LocalDate.parse(text.trim());
            } catch (DateTimeParseException e) {
                throw new FormRuleViolation("Sammanträdesdatum: skriv datumet ÅÅÅÅ-MM-DD, till exempel 2027-05-03.");
            }
        }
        throw new FormRuleViolation("Sammanträdesdatum: fyll i när rådet sammanträdde.");
    }

    /** The filled-in rows; a row left wholly empty is dropped, a half-filled one is refused. */
    private static List<Treatment.Dissent> dissents(Object value) {
        List<Treatment.Dissent> rows = new ArrayList<>();
        int number = 0;
        for (JsonNode row : rowsOf(value)) {
            number++;
            String author = row.path("organisation").asText("").trim();
            String opinion = row.path("opinion").asText("").trim();
            if (author.isEmpty() && opinion.isEmpty()) {
                continue;
            }
            String where = "Avvikande synpunkt, rad " + number + ": ";
            if (author.isEmpty()) {
                throw new FormRuleViolation(where + "skriv vilken organisation eller ledamot synpunkten kommer från.");
            }
            if (opinion.isEmpty()) {
                throw new FormRuleViolation(where + "skriv synpunkten som den ska stå i protokollet.");
            }
            if (author.length() > AUTHOR_LENGTH || opinion.length() > OPINION_LENGTH) {
                throw new FormRuleViolation(where + "organisationen får vara högst " + AUTHOR_LENGTH
                        + " tecken och synpunkten högst " + OPINION_LENGTH + ".");
            }
            rows.add(new Treatment.Dissent(author, opinion));
        }
        return rows;
    }

    private static Iterable<JsonNode> rowsOf(Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return List.of();
        }
        JsonNode rows;
        try {
            rows = value instanceof Collection<?> || value instanceof Map<?, ?> ? JSON.valueToTree(value)
                    : JSON.readTree(value.toString());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new FormRuleViolation("Avvikande synpunkter: listan kunde inte läsas.");
        }
        if (!rows.isArray()) {
            throw new FormRuleViolation("Avvikande synpunkter: listan kunde inte läsas.");
        }
        return rows;
    }
}
