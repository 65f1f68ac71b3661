package se.paverkansagenda.cycle;

import java.util.List;

/**
 * What the users entered that a step's message passes on: the compilation's summary and link (step 7),
 * the workshop's prioritised issues (step 10), the adoption decision (deciding body, paragraph, date), the adopted agenda version and the agenda's
 * link (step 12).
 * Any of it may be missing.
 */
public record StepFacts(String compilationSummary, String compilationDocumentUrl, List<PrioritisedIssue> prioritisedIssues,
                        String adoptionParagraph, String adoptionDate, String agendaDocumentUrl, String adoptionBody,
                        Integer agendaVersion) {

    public record PrioritisedIssue(String issue, String rusArea, String proposedBy) {
    }
}
