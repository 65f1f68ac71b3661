package se.paverkansagenda.compilation;

import java.time.LocalDate;
import java.util.List;

/** Every organisation's statement in a cycle's consultation, with who had no comments and who did not answer. */
public record ConsultationCompilation(String cycleKey, String regionName, int year, LocalDate compiledOn,
                                      List<Statement> statements) {

    /** An organisation's statement without its list of attachments; the attachments by file name. */
    public record Statement(Respondent respondent, String text, boolean noComments, List<String> attachmentNames) {
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
