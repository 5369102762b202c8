package hako.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload over the limit is a 413 with the error page naming the limit, not a 500: the security
 * filters read the form's CSRF field before any controller, and with it the whole multipart body, so
 * a body over the limit fails there. This filter runs first: it refuses a multipart request whose
 * declared length is over the limit before it is read, and turns a size failure met while reading
 * one (no declared length, or one file over the per-file limit) into the same answer.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadLimit extends OncePerRequestFilter {

    private final DataSize fileLimit;
    private final DataSize requestLimit;

    UploadLimit(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize fileLimit,
                @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize requestLimit) {
        this.fileLimit = fileLimit;
        this.requestLimit = requestLimit;
    }

    /** What the error page says. */
    String message() {
        return "the file is larger than the upload limit (" + fileLimit.toMegabytes() + " MB)";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (multipart(request) && request.getContentLengthLong() > requestLimit.toBytes()) {
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException | IOException e) {
            if (!multipart(request) || !tooLarge(e) || response.isCommitted()) {
                throw e;
            }
            refuse(request, response);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setAttribute("problem", message());
        response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
    }

    private static boolean multipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    /** Tomcat's and Spring's size failures, however wrapped. */
    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.springframework.web.multipart.MaxUploadSizeExceededException
                    || t.getClass().getSimpleName().endsWith("SizeLimitExceededException")) {
                return true;
            }
        }
        return false;
    }
}
