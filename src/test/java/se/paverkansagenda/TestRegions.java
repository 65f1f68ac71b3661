package se.paverkansagenda;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import se.paverkansagenda.security.EngineAsApplication;
import se.paverkansagenda.security.IdentitySetup;
import se.paverkansagenda.security.Regions;
import se.paverkansagenda.security.Role;

/**
 * The integration tests start each cycle under a region code of their own and work in it as the demo's
 * Jämtland Härjedalen users: as an administrator would, every region a test starts gets those users as
 * members. The demo's other regions (Västernorrland) keep only their own users, so that the tests of the
 * regions' separation see two regions as an installation has them.
 */
@Primary
@Component
public class TestRegions extends Regions {

    private final IdentityService identityService;
    private final EngineAsApplication asApplication;

    public TestRegions(IdentityService identityService, EngineAsApplication asApplication) {
        super(identityService, asApplication);
        this.identityService = identityService;
        this.asApplication = asApplication;
    }

    @Override
    public void ensure(String code, String name) {
        super.ensure(code, name);
        boolean otherDemoRegion = IdentitySetup.DEMO_REGIONS.stream()
                .anyMatch(region -> region.code().equals(code) && !region.userPrefix().isEmpty());
        if (!otherDemoRegion) {
            // an application started from the test class path without the demo's users (a crash test's node) has none to add
            for (Role role : Role.values()) {
                if (asApplication.call(() -> identityService.createUserQuery().userId(role.demoUserId()).count()) > 0) {
                    addMember(code, role.demoUserId());
                }
            }
        }
    }
}
