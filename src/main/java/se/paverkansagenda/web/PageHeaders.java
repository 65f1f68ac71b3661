package se.paverkansagenda.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of the application's own pages and answers (the answer links under
 * {@code /svar/}, and everything under {@code /api/}: round pages, workshop, agenda, trace, timeline):
 * <ul>
 *   <li>{@code Content-Security-Policy}: nothing but the application's own files, no inline script or
 *       style, no framing by another page;</li>
 *   <li>{@code X-Content-Type-Options: nosniff};</li>
 *   <li>{@code Referrer-Policy: no-referrer}: an answer link's token is in its address and must never
 *       leave in a {@code Referer};</li>
 *   <li>{@code Cache-Control: no-store} on the answer links' and the reference groups' link pages (the form, the receipt, the files),
 *       which no cache may keep;</li>
 *   <li>{@code Content-Language: sv}, whatever language the browser asks for: the pages are Swedish.</li>
 * </ul>
 */
public class PageHeaders extends OncePerRequestFilter {

    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";
    /** The demo's mail pages show each message's own HTML, styled inline, in a sandboxed frame. */
    static final String DEMO_CONTENT_SECURITY_POLICY =
            "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; "
                    + "form-action 'self'; object-src 'none'";
    static final String ANSWER_LINKS = "/svar/";
    static final String REFERENCE_GROUP_LINKS = "/referensgrupp/";
    private static final String DEMO = "/api/demo/";
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("Content-Security-Policy",
                path.startsWith(DEMO) ? DEMO_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (path.startsWith(ANSWER_LINKS) || path.startsWith(REFERENCE_GROUP_LINKS)) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        response.setLocale(SWEDISH);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setLocale(Locale locale) {
                // the pages are Swedish whatever the browser asked for
                super.setLocale(SWEDISH);
            }
        });
    }
}
