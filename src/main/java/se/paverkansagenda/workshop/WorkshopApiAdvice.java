package se.paverkansagenda.workshop;

import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A workshop list refused by its rules: 400 with each problem and the field it concerns. */
@RestControllerAdvice(assignableTypes = WorkshopController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class WorkshopApiAdvice {

    @ExceptionHandler(WorkshopRefusedException.class)
    ProblemDetail workshopRefused(WorkshopRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Felaktig begäran");
        problem.setProperty("violations", e.problems().stream()
                .map(p -> Map.of("field", p.path(), "message", p.message())).toList());
        return problem;
    }
}
