package se.paverkansagenda.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.paverkansagenda.security.IdentitySetup;

/** Says where to log in once the application is up, and the demo logins when there are demo users. */
@Component
public class LoginBanner {

    /** PA_ADMIN_PASSWORD's default in application.yaml, for the demo. */
    static final String DEMO_ADMIN_PASSWORD = "Demo-Styr-2026";

    private static final Logger LOG = LoggerFactory.getLogger(LoginBanner.class);

    private final boolean demoUsers;
    private final String adminUser;

    public LoginBanner(@Value("${paverkansagenda.demo.users:false}") boolean demoUsers,
                       @Value("${camunda.bpm.admin-user.id:admin}") String adminUser) {
        this.demoUsers = demoUsers;
        this.adminUser = adminUser;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void announce(ApplicationReadyEvent event) {
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
        StringBuilder text = new StringBuilder()
                .append("\n\n  Påverkansagenda är igång: http://localhost:").append(port).append("/camunda/app/\n")
                .append("  Motorns REST-API: http://localhost:").append(port).append("/engine-rest (inloggning krävs)\n");
        if (demoUsers) {
            text.append("  Demoinloggningar: ").append(adminUser).append(" med lösenordet i PA_ADMIN_PASSWORD (i demon ")
                    .append(DEMO_ADMIN_PASSWORD).append(", administratör); processagare, tjansteperson, presidiet, ")
                    .append("rsrsekreterare (Region Jämtland Härjedalen), samma med prefixet vn (vnprocessagare …, ")
                    .append("Region Västernorrland) och overvakning (mätvärden) med lösenordet ")
                    .append(IdentitySetup.DEMO_PASSWORD).append("\n");
        }
        LOG.info(text.toString());
    }
}
