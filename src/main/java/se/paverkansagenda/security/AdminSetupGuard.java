package se.paverkansagenda.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Closes Camunda Admin's setup API for good. In 7.24 CE it creates an administrator whenever none
 * exists; this application always has one from its first start, so the API has nothing to do. The
 * filter is mapped to the API's path only and refuses every request that reaches it: the servlet
 * container matches the decoded, normalised path, so spellings such as {@code %73etup} or
 * {@code setup;x=1} reach it too.
 */
public class AdminSetupGuard extends HttpFilter {

    static final String PATH = "/camunda/api/admin/setup/*";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        Refusal.send(response, HttpServletResponse.SC_FORBIDDEN,
                "Installationssidan är stängd: det finns redan en administratör.");
    }
}
