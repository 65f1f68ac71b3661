package se.paverkansagenda.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says where to log in once the application is up, and the demo logins when there are demo users. */
@Component
public class LoginBanner {

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
            text.append("  Demoinloggningar: ").append(adminUser).append("/admin (administratör), ")
                    .append("processagare/demo, tjansteperson/demo, presidiet/demo, rsrsekreterare/demo, ")
                    .append("overvakning/demo (mätvärden)\n");
        }
        LOG.info(text.toString());
    }
}
