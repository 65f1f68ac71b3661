package se.paverkansagenda.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says why the start stopped for the administrator's password, and what to do. */
public class AdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<AdminPasswordCheck.AdminPasswordException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, AdminPasswordCheck.AdminPasswordException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set PA_ADMIN_PASSWORD to the administrator's password: at least 10 characters with a lower-case and "
                        + "an upper-case letter, a digit and a special character (Camunda's password policy).", cause);
    }
}
