package se.paverkansagenda.web;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.paverkansagenda.plan.InvalidPlanException;
import se.paverkansagenda.security.ForbiddenException;

/** Turns the domain's refusals into problem responses (RFC 9457) with a Swedish explanation. */
@RestControllerAdvice(basePackages = "se.paverkansagenda")
public class ApiExceptionHandler {

    @ExceptionHandler(InvalidPlanException.class)
    ProblemDetail invalidPlan(InvalidPlanException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Ogiltig plan", "Planen har "
                + e.violations().size() + " fel; inget har startats");
        problem.setProperty("violations", e.violations());
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Konflikt", e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Hittades inte", e.getMessage());
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "Åtkomst nekad", e.getMessage());
    }

    @ExceptionHandler(AuthorizationException.class)
    ProblemDetail notAuthorized(AuthorizationException e) {
        return problem(HttpStatus.FORBIDDEN, "Åtkomst nekad", "Behörighet saknas i processmotorn: " + e.getMessage());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e) {
        List<String> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField() + ": " + error.getDefaultMessage()).toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Felaktig begäran", String.join("; ", errors));
        problem.setProperty("violations", errors);
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadableBody(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "Felaktig begäran", "Innehållet kunde inte läsas; skicka giltig JSON");
    }

    @ExceptionHandler(TooLargeException.class)
    ProblemDetail tooLarge(TooLargeException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "För stort innehåll", e.getMessage());
    }

    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, "Felaktig begäran", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
