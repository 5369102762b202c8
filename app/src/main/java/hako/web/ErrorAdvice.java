package hako.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A person's mistake (a bad value, an unknown id, a tampered form) is a 400 with a plain message;
 * Hako's own failures are a 500 that shows no internals. htmx requests get the message as text,
 * which the page shows in its flash area; others get the error page.
 */
@ControllerAdvice
class ErrorAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorAdvice.class);

    private final UploadLimit uploadLimit;

    ErrorAdvice(UploadLimit uploadLimit) {
        this.uploadLimit = uploadLimit;
    }

    @ExceptionHandler({IllegalArgumentException.class, MethodArgumentTypeMismatchException.class,
        MissingServletRequestParameterException.class, org.springframework.validation.BindException.class})
    ModelAndView badRequest(Exception e, HttpServletRequest request, HttpServletResponse response) {
        String problem = e instanceof MethodArgumentTypeMismatchException m
                ? m.getName() + ": \"" + m.getValue() + "\""
                : e instanceof org.springframework.validation.BindException b
                        ? b.getFieldErrors().stream().map(f -> f.getField() + ": \"" + f.getRejectedValue() + "\"")
                                .findFirst().orElse("form")
                        : e.getMessage();
        return answer(HttpStatus.BAD_REQUEST, problem, request, response);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request,
                          HttpServletResponse response) {
        return answer(HttpStatus.PAYLOAD_TOO_LARGE, uploadLimit.message(), request, response);
    }

    /** A plan targets by churn risk and the CLV scores of the date are not there yet (a fit is being redone). */
    @ExceptionHandler(hako.followups.ScoresMissing.class)
    ModelAndView scoresMissing(hako.followups.ScoresMissing e, HttpServletRequest request,
                               HttpServletResponse response) {
        return answer(HttpStatus.CONFLICT, e.getMessage(), request, response);
    }

    @ExceptionHandler(ShopState.NoOrdersYet.class)
    String noOrders() {
        return "redirect:/";
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ModelAndView notFound(NoResourceFoundException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(HttpStatus.NOT_FOUND, "", request, response);
    }

    @ExceptionHandler({SQLException.class, java.io.IOException.class, IllegalStateException.class})
    ModelAndView failed(Exception e, HttpServletRequest request, HttpServletResponse response) {
        LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "", request, response);
    }

    private static ModelAndView answer(HttpStatus status, String problem, HttpServletRequest request,
                                       HttpServletResponse response) {
        response.setStatus(status.value());
        if (request.getHeader("HX-Request") != null) {
            try {
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write(problem == null || problem.isEmpty() ? status.getReasonPhrase() : problem);
                response.flushBuffer();
            } catch (java.io.IOException ignored) {
                // the browser went away
            }
            return null;
        }
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("problem", problem);
        return page;
    }
}
