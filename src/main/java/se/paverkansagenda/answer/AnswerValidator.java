package se.paverkansagenda.answer;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/**
 * The rules of an answer, with each problem put next to its field. A draft only has to fit; a
 * submitted answer must be complete.
 */
final class AnswerValidator {

    static final int MAX_PROPOSALS = 20;
    static final int SHORT_TEXT = 200;
    static final int LONG_TEXT = 4000;
    static final int STATEMENT_TEXT = 20_000;
    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]");

    private AnswerValidator() {
    }

    static void proposals(List<ProposalRow> rows, Set<String> rusAreas, boolean complete, Errors errors) {
        if (rows.size() > MAX_PROPOSALS) {
            errors.reject("tooMany", "Högst " + MAX_PROPOSALS + " förslag per kommun.");
        }
        if (complete && rows.stream().allMatch(ProposalRow::isEmpty)) {
            errors.reject("none", "Lägg till minst ett förslag innan ni skickar in.");
        }
        for (int i = 0; i < rows.size(); i++) {
            ProposalRow row = rows.get(i);
            if (row.isEmpty()) {
                continue;
            }
            String at = "proposals[" + i + "].";
            text(row.getTitle(), at + "title", "Rubrik", SHORT_TEXT, complete, errors);
            text(row.getDescription(), at + "description", "Beskrivning", LONG_TEXT, complete, errors);
            text(row.getJustification(), at + "justification", "Motivering", LONG_TEXT, complete, errors);
            text(row.getContactPerson(), at + "contactPerson", "Kontaktperson", SHORT_TEXT, complete, errors);
            if (!rusAreas.contains(row.getRusArea()) && (complete || !row.getRusArea().isEmpty())) {
                errors.rejectValue(at + "rusArea", "choose", "Välj det RUS-område förslaget hör till.");
            }
            if (!DecisionLevel.isOne(row.getDecisionLevel()) && (complete || !row.getDecisionLevel().isEmpty())) {
                errors.rejectValue(at + "decisionLevel", "choose", "Välj var frågan avgörs.");
            }
        }
    }

    static void statement(String statement, boolean noComments, Errors errors) {
        if (noComments) {
            return;
        }
        text(statement, "statement", "Yttrandet", STATEMENT_TEXT, true, errors);
    }

    private static void text(String value, String field, String label, int max, boolean required, Errors errors) {
        if (value.isBlank()) {
            if (required) {
                errors.rejectValue(field, "required", label + " saknas.");
            }
        } else if (value.length() > max) {
            errors.rejectValue(field, "tooLong", label + " får vara högst " + max + " tecken (nu " + value.length() + ").");
        } else if (MARKUP.matcher(value).find()) {
            errors.rejectValue(field, "markup", label + " får inte innehålla HTML-taggar; skriv vanlig text.");
        }
    }
}
