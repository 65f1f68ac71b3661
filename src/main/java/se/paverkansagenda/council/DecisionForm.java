package se.paverkansagenda.council;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.paverkansagenda.form.FormDates;
import se.paverkansagenda.form.FormRuleViolation;
import se.paverkansagenda.form.FormValues;
import se.paverkansagenda.process.AgendaProcess;

/**
 * A council's decision as its form gives it (RSR's treatment, the presidium's review, the adoption),
 * checked on the server whichever client sent it: Tasklist sends the date as text, the REST API may
 * send a Date. A dissent row is checked here as a whole: both its fields or neither, and its author one
 * of the council's members in the plan.
 */
record DecisionForm(LocalDate meetingDate, String paragraph, String position, boolean consensus,
                    List<Treatment.Dissent> dissents, String noDissentNote, String minutesUrl) {

    /**
     * What the form is checked against: the council as messages name it, who may hold a dissent in its
     * minutes (the plan's members, see {@code Plan.dissentersOf}), and whether a paragraph is needed.
     */
    record Rules(String council, Set<String> dissenters, boolean paragraphRequired) {

        Rules {
            dissenters = Set.copyOf(dissenters);
        }
    }

    static final int POSITION_LENGTH = 20_000;
    static final int AUTHOR_LENGTH = 300;
    static final int OPINION_LENGTH = 4_000;
    private static final Pattern PARAGRAPH = Pattern.compile("\\s*(?:§\\s*)?([0-9]{1,4})\\s*");

    /** @param dissents the form's rows in order, as filled in: a row may be empty or half filled */
    static DecisionForm read(Rules rules, Object meetingDate, String paragraph, String position, String consensus,
                             List<Treatment.Dissent> dissents, String noDissentNote, String minutesUrl) {
        LocalDate date = date(meetingDate);
        Matcher number = PARAGRAPH.matcher(paragraph == null ? "" : paragraph);
        boolean noParagraph = !rules.paragraphRequired() && FormValues.isBlank(paragraph);
        if (!noParagraph && !number.matches()) {
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
        List<Treatment.Dissent> rows = dissents(dissents, rules);
        boolean inConsensus = AgendaProcess.CONSENSUS_YES.equals(consensus);
        if (!inConsensus && rows.isEmpty() && FormValues.isBlank(noDissentNote)) {
            throw new FormRuleViolation("Ställningstagandet fattades inte i konsensus: lägg till de avvikande "
                    + "synpunkterna till protokollet, eller skriv varför inga antecknades.");
        }
        if (!FormValues.isBlank(minutesUrl) && !minutesUrl.trim().matches("(?i)https?://\\S+")) {
            throw new FormRuleViolation("Länk till protokollet: skriv en webbadress som börjar med https://.");
        }
        return new DecisionForm(date, noParagraph ? null : number.group(1), position.trim(), inConsensus, rows,
                inConsensus || FormValues.isBlank(noDissentNote) ? null : noDissentNote.trim(),
                FormValues.isBlank(minutesUrl) ? null : minutesUrl.trim());
    }

    private static LocalDate date(Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new FormRuleViolation("Sammanträdesdatum: fyll i när rådet sammanträdde.");
        }
        return FormDates.dayOf(value, "Sammanträdesdatum");
    }

    /** The filled-in rows; a row left wholly empty is dropped, a half-filled one is refused. */
    private static List<Treatment.Dissent> dissents(List<Treatment.Dissent> given, Rules rules) {
        List<Treatment.Dissent> rows = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String author = trimmed(given.get(i).author());
            String opinion = trimmed(given.get(i).opinion());
            if (author.isEmpty() && opinion.isEmpty()) {
                continue;
            }
            String where = "Avvikande synpunkt " + (i + 1) + ": ";
            if (author.isEmpty()) {
                throw new FormRuleViolation(where + "skriv vilken organisation eller ledamot synpunkten kommer från.");
            }
            if (opinion.isEmpty()) {
                throw new FormRuleViolation(where + "skriv synpunkten som den ska stå i protokollet.");
            }
            if (!rules.dissenters().contains(author)) {
                throw new FormRuleViolation(where + "”" + author + "” är ingen ledamot i " + rules.council()
                        + " enligt planen; välj ledamoten i listan.");
            }
            if (author.length() > AUTHOR_LENGTH || opinion.length() > OPINION_LENGTH) {
                throw new FormRuleViolation(where + "organisationen får vara högst " + AUTHOR_LENGTH
                        + " tecken och synpunkten högst " + OPINION_LENGTH + ".");
            }
            rows.add(new Treatment.Dissent(author, opinion));
        }
        return rows;
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }
}
