package se.paverkansagenda.compilation;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import se.paverkansagenda.document.StoredDocument;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.round.RoundKind;

/**
 * Compiles a round once it takes no more answers (steps 6 and 12 start) and gives the process the
 * links to the stored documents, which the next tasks' forms show.
 */
@Component("compileDocumentsDelegate")
public class CompileDocumentsDelegate implements JavaDelegate {

    private final CompilationService compilations;

    public CompileDocumentsDelegate(CompilationService compilations) {
        this.compilations = compilations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RoundKind kind = RoundKind.valueOf(AgendaProcess.ROUND_KIND.from(execution).get());
        List<StoredDocument> stored = compilations.compileAndStore(AgendaProcess.CYCLE_KEY.from(execution).get(), kind);
        (kind == RoundKind.INPUT ? AgendaProcess.INPUT_COMPILATION_DOCUMENTS : AgendaProcess.CONSULTATION_COMPILATION_DOCUMENTS)
                .set(execution.getProcessInstance(), links(stored));
    }

    static SpinJsonNode links(List<StoredDocument> documents) {
        SpinJsonNode links = Spin.JSON("[]");
        for (StoredDocument document : documents) {
            SpinJsonNode link = Spin.JSON("{}");
            link.prop("label", document.label());
            link.prop("url", document.downloadPath());
            links.append(link);
        }
        return links;
    }
}
