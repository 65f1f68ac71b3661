package se.paverkansagenda.agenda;

import static se.paverkansagenda.form.FormValues.isBlank;
import static se.paverkansagenda.form.FormValues.text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.camunda.spin.json.SpinJsonNode;
import se.paverkansagenda.council.CouncilDecisionRules;
import se.paverkansagenda.form.FormDates;
import se.paverkansagenda.form.FormRuleViolation;
import se.paverkansagenda.process.AgendaProcess;

/**
 * Registering the adoption decision. A new decision starts undecided, not with the choice that sent
 * the agenda back, and the agenda's latest version goes before the decision-makers: it cannot be
 * edited while they decide. Completing needs a decision the process knows; an adopted agenda names
 * the deciding body and cites the minutes' paragraph and the decision date and freezes that version
 * (the next step writes it as PDF and Word); an agenda sent back says what is to be reworked and may be
 * edited again.
 */
@Component("adoptionRules")
public class AdoptionRules implements TaskListener {

    private final AgendaService agenda;
    private final CouncilDecisionRules decisions;

    public AdoptionRules(AgendaService agenda, CouncilDecisionRules decisions) {
        this.agenda = agenda;
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        String cycleKey = AgendaProcess.CYCLE_KEY.from(task).optional().orElse(null);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            AgendaProcess.ADOPTION_DECISION.set(task, AgendaProcess.DECISION_PENDING);
            AgendaProcess.ADOPTION_COMMENT.remove(task);
            // a new decision is recorded afresh, not with the last one's position and dissents
            AgendaProcess.ADOPTION_POSITION.remove(task);
            AgendaProcess.ADOPTION_CONSENSUS.remove(task);
            AgendaProcess.ADOPTION_NO_DISSENT_NOTE.remove(task);
            AgendaProcess.ADOPTION_DISSENT_ROWS.forEach(row -> {
                row.author().remove(task);
                row.opinion().remove(task);
            });
            if (cycleKey != null) {
                agenda.submitForDecision(cycleKey, task.getAssignee() == null ? "process" : task.getAssignee());
            }
            return;
        }
        FormDates.dateValueAsDay(AgendaProcess.ADOPTION_DATE, task);
        String decision = text(AgendaProcess.ADOPTION_DECISION, task);
        String date = text(AgendaProcess.ADOPTION_DATE, task);
        check(decision, text(AgendaProcess.ADOPTION_BODY, task), text(AgendaProcess.ADOPTION_PARAGRAPH, task), date,
                text(AgendaProcess.ADOPTION_COMMENT, task));
        if (cycleKey == null) {
            return;
        }
        String user = task.getAssignee() == null ? "process" : task.getAssignee();
        if (AgendaProcess.DECISION_ADOPT.equals(decision)) {
            if (agenda.latest(cycleKey).isEmpty()) {
                throw new FormRuleViolation("Agendan har ingen sparad version att fastställa.");
            }
            // the form takes "§ 47" or "47"; the messages and pages write the sign themselves
            String paragraph = text(AgendaProcess.ADOPTION_PARAGRAPH, task).replaceFirst("^\\s*§\\s*", "").trim();
            AgendaProcess.ADOPTION_PARAGRAPH.set(task, paragraph);
            AdoptionBody body = AdoptionBody.valueOf(text(AgendaProcess.ADOPTION_BODY, task));
            int version = agenda.adopt(cycleKey, body, LocalDate.parse(date.trim()), paragraph, user);
            AgendaProcess.AGENDA_VERSION.set(task, version);
            decisions.recordAdoption(task, body.swedishName(), agendaItem(version), rusAreas(task),
                    body.swedishName() + " fastställde den länsgemensamma påverkansagendan, version " + version + ".");
        } else {
            int version = agenda.latest(cycleKey).map(AgendaVersion::number).orElse(0);
            agenda.sendBack(cycleKey, user);
            // the form requires the body; a decision completed past the form may lack it
            String body = AdoptionBody.of(text(AgendaProcess.ADOPTION_BODY, task)).map(AdoptionBody::swedishName)
                    .orElse("Beslutande organ (inte angivet)");
            decisions.recordAdoption(task, body, agendaItem(version), rusAreas(task), "Agendan återsändes för "
                    + "omarbetning: " + text(AgendaProcess.ADOPTION_COMMENT, task).trim());
        }
    }

    private static String agendaItem(int version) {
        return "Länsgemensam påverkansagenda" + (version > 0 ? ", version " + version : "");
    }

    /** The RUS areas of the prioritised issues the agenda is written from. */
    private static List<String> rusAreas(DelegateTask task) {
        List<String> areas = new ArrayList<>();
        AgendaProcess.PRIORITISED_ISSUES.from(task).optional().filter(SpinJsonNode::isArray).ifPresent(issues ->
                issues.elements().forEach(issue -> {
                    if (issue.hasProp("rusArea") && issue.prop("rusArea").isString()
                            && !areas.contains(issue.prop("rusArea").stringValue())) {
                        areas.add(issue.prop("rusArea").stringValue());
                    }
                }));
        return areas;
    }

    static void check(String decision, String body, String paragraph, String date, String comment) {
        if (AgendaProcess.DECISION_ADOPT.equals(decision)) {
            List<String> missing = new ArrayList<>();
            if (AdoptionBody.of(body).isEmpty()) {
                missing.add("beslutande organ");
            }
            if (isBlank(paragraph)) {
                missing.add("paragrafnummer (§)");
            }
            if (isBlank(date)) {
                missing.add("beslutsdatum");
            }
            if (!missing.isEmpty()) {
                throw new FormRuleViolation("En fastställd agenda behöver " + joined(missing) + " ur protokollet.");
            }
            try {
                LocalDate.parse(date.trim());
            } catch (DateTimeParseException e) {
                throw new FormRuleViolation("Beslutsdatumet ska skrivas ÅÅÅÅ-MM-DD, till exempel 2021-02-15.");
            }
        } else if (AgendaProcess.DECISION_SEND_BACK.equals(decision)) {
            if (isBlank(comment)) {
                throw new FormRuleViolation(
                        "En agenda som återsänds behöver en kommentar om vad som ska arbetas om.");
            }
        } else {
            throw new FormRuleViolation("Välj om agendan fastställs eller återsänds.");
        }
    }

    private static String joined(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " och " + parts.get(parts.size() - 1);
    }
}
