package se.paverkansagenda.agenda;

import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The refusals of the agenda and trace API as problem responses with a Swedish detail. */
@RestControllerAdvice(assignableTypes = {AgendaController.class, TraceController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AgendaApiAdvice {

    @ExceptionHandler(AgendaRefusedException.class)
    ProblemDetail agendaRefused(AgendaRefusedException e) {
        return invalid(e.getMessage(), e.problems().stream()
                .map(p -> Map.of("field", p.path(), "message", p.message())).toList());
    }

    private static ProblemDetail invalid(String detail, List<Map<String, String>> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Felaktig begäran");
        problem.setProperty("violations", violations);
        return problem;
    }
}
