package se.paverkansagenda.answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;
import se.paverkansagenda.web.TextRules;

/**
 * The rules of an answer, with each problem put next to its field. A draft only has to fit; a
 * submitted answer must be complete.
 */
final class AnswerValidator {

    static final int MAX_PROPOSALS = 20;
    static final int SHORT_TEXT = 200;
    static final int LONG_TEXT = 4000;
    static final int STATEMENT_TEXT = 20_000;
    static final int MAX_ATTACHMENTS = 5;
    static final long MAX_ATTACHMENT_BYTES = 5L * 1024 * 1024;

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

    /**
     * The files chosen in the form, each checked by its content to be a PDF or a Word document and
     * within the size limit; {@code kept} is the number of files sent earlier that stay.
     */
    static List<UploadedFile> attachments(List<MultipartFile> files, int kept, Errors errors) {
        List<UploadedFile> checked = new ArrayList<>();
        List<MultipartFile> chosen = files.stream()
                .filter(file -> !file.isEmpty() || !ProposalRow.isBlank(file.getOriginalFilename())).toList();
        if (kept + chosen.size() > MAX_ATTACHMENTS) {
            errors.rejectValue("attachments", "tooMany", "Högst " + MAX_ATTACHMENTS + " bilagor per yttrande (nu "
                    + (kept + chosen.size()) + ").");
            return checked;
        }
        for (MultipartFile file : chosen) {
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            if (file.isEmpty()) {
                errors.rejectValue("attachments", "empty", "Filen " + name + " är tom.");
            } else if (file.getSize() > MAX_ATTACHMENT_BYTES) {
                errors.rejectValue("attachments", "tooLarge", "Filen " + name + " är för stor; en bilaga får vara högst "
                        + MAX_ATTACHMENT_BYTES / (1024 * 1024) + " MB.");
            } else {
                byte[] content = read(file);
                Optional<AttachmentType> type = AttachmentType.of(content);
                if (type.isEmpty()) {
                    errors.rejectValue("attachments", "type", "Filen " + name + " är varken en PDF eller ett "
                            + "Word-dokument (DOCX). Det är filens innehåll som avgör, inte dess namn.");
                } else {
                    Optional<String> problem = type.get().problemOpening(content);
                    if (problem.isPresent()) {
                        errors.rejectValue("attachments", "unreadable", "Filen " + name + " " + problem.get());
                    } else {
                        checked.add(new UploadedFile(type.get().fileName(name), type.get(), content));
                    }
                }
            }
        }
        return checked;
    }

    private static byte[] read(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded file could not be read", e);
        }
    }

    private static void text(String value, String field, String label, int max, boolean required, Errors errors) {
        TextRules.problem(value, label, max, required)
                .ifPresent(problem -> errors.rejectValue(field, "invalid", problem));
    }
}
