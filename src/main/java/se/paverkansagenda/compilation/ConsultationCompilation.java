package se.paverkansagenda.compilation;

import java.time.LocalDate;
import java.util.List;

/**
 * Every organisation's statement in a cycle's consultation, with who had no comments and who did not
 * answer, and the statements grouped by the sections of the consultation draft they name
 * ({@code draftVersion} is null when the consultation sent no draft).
 */
public record ConsultationCompilation(String cycleKey, String regionName, int year, LocalDate compiledOn,
                                      List<Statement> statements, Integer draftVersion, List<SectionGroup> bySection) {

    /**
     * An organisation's statement without its list of attachments; the attachments by file name, and
     * the draft's sections it names ("2. Rubrik").
     */
    public record Statement(Respondent respondent, String text, boolean noComments, List<String> attachmentNames,
                            List<String> sections) {
    }

    /**
     * A section of the draft and the statements that name it, in the draft's order; the last group,
     * without a section key, holds the statements that name none.
     */
    public record SectionGroup(String sectionKey, String title, List<Statement> statements) {
    }

    public List<Respondent> answered() {
        return statements.stream().map(Statement::respondent).filter(Respondent::answered).toList();
    }

    public List<Respondent> unanswered() {
        return statements.stream().map(Statement::respondent).filter(r -> !r.answered()).toList();
    }

    public long noCommentsCount() {
        return statements.stream().filter(Statement::noComments).count();
    }

    public long lateCount() {
        return statements.stream().filter(s -> s.respondent().late()).count();
    }
}
