package se.paverkansagenda.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import se.paverkansagenda.security.ForbiddenException;

/** Refusals on officials' pages ({@link OfficialsPage}: workshop, agenda, trace) as Swedish pages with their status, not JSON. */
@ControllerAdvice(annotations = OfficialsPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class OfficialsPageAdvice {

    @ExceptionHandler(PageProblem.class)
    String problem(PageProblem problem, HttpServletResponse response, Model model) {
        response.setStatus(problem.status());
        model.addAttribute("title", problem.title());
        model.addAttribute("message", problem.getMessage());
        return "answer/problem";
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, HttpServletResponse response, Model model) {
        return problem(new PageProblem(404, "Hittades inte", e.getMessage()), response, model);
    }

    @ExceptionHandler(ForbiddenException.class)
    String forbidden(ForbiddenException e, HttpServletResponse response, Model model) {
        return problem(new PageProblem(403, "Åtkomst nekad", e.getMessage()), response, model);
    }

    /** Form fields the pages do not have. */
    @ExceptionHandler(InvalidPropertyException.class)
    String notTheForm(InvalidPropertyException e, HttpServletResponse response, Model model) {
        return problem(new PageProblem(400, "Fel i formuläret", "Ändringen ska skickas från formuläret på sidan. "
                + "Inget har ändrats."), response, model);
    }
}
