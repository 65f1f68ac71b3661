package se.paverkansagenda.sharing;

import static se.paverkansagenda.AgendaWork.proposal;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import se.paverkansagenda.AgendaWork;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.agenda.AgendaService;
import se.paverkansagenda.agenda.SectionDraft;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.security.Role;
import se.paverkansagenda.workshop.IssueDraft;
import se.paverkansagenda.workshop.WorkshopService;

/**
 * The cycles of the tests of sharing issues between regions: an offering region's cycle with a written agenda,
 * receiving regions' cycles under a region name of their own, and a process owner of the receiving regions only.
 */
@Component
public class SharingCycles {

    /** The offering cycle's sections: the first two are offered, the third is never offered and must stay unseen. */
    public static final String RAILWAY = "Elektrifiera Mittbanan hela vägen";
    public static final String RAILWAY_TEXT = "Mittbanan ska elektrifieras från Sundsvall till Storlien före 2035.";
    public static final String BROADBAND = "Bredband på landsbygden";
    public static final String SECRET = "Regionens egen förhandlingsposition";
    public static final String SECRET_TEXT = "Internt: vi kan ge upp kravet på nattåg om vi får dubbelspår.";

    private final Lifecycles lifecycles;
    private final WorkshopService workshop;
    private final AgendaService agenda;
    private final IdentityService identityService;

    public SharingCycles(Lifecycles lifecycles, WorkshopService workshop, AgendaService agenda,
                         IdentityService identityService) {
        this.lifecycles = lifecycles;
        this.workshop = workshop;
        this.agenda = agenda;
        this.identityService = identityService;
    }

    /** A cycle of the seed plan (Region Jämtland Härjedalen) at step 9 with agenda version 1 of three sections. */
    public String offering(String region) {
        LifecycleDriver cycle = lifecycles.atWorkshop(region, 10);
        String key = cycle.cycleKey();
        workshop.save(key, 0, List.of(
                new IssueDraft(RAILWAY, RAILWAY_TEXT, "RUS-1", List.of("2380-1", "2321-1")),
                new IssueDraft(BROADBAND, "Bredband till alla hushåll.", "RUS-2", List.of("2380-2", "2305-1")),
                new IssueDraft(SECRET, SECRET_TEXT, "RUS-4", List.of("2309-1"))), AgendaWork.OFFICIAL);
        cycle.complete(Elements.TASK_PRIORITISE_INPUT, Map.of());
        List<SectionDraft> sections = agenda.draft(key).stream()
                .map(s -> new SectionDraft(s.key(), s.issueId(), s.title(), s.text())).toList();
        agenda.save(key, 0, sections, "Första utkastet", AgendaWork.OFFICIAL);
        return key;
    }

    /** A cycle of a region named {@code regionName} on the morning of its workshop (step 8), with one proposal. */
    public LifecycleDriver receivingAtWorkshop(String region, String regionName) {
        LifecycleDriver cycle = lifecycles.atInputRound(region, named(regionName)).answerAllBut(RoundKind.INPUT);
        lifecycles.work().propose(cycle.cycleKey(), "2380", proposal("Kustjärnvägen", "RUS-1"));
        return cycle.at("2020-10-05T09:00").complete(Elements.TASK_COMPILE_INPUT, Map.of())
                .registerRsrCompilationTreatment().at("2020-11-09T09:00");
    }

    /** A cycle of a region named {@code regionName} at step 1. */
    public LifecycleDriver receivingAtStart(String region, String regionName) {
        return lifecycles.start(region, named(regionName));
    }

    private static String[] named(String regionName) {
        return new String[] {"name: Region Jämtland Härjedalen\nyear:", "name: " + regionName + "\nyear:"};
    }

    /** The region keeps only users of its own: the demo's users, whom the tests make members of every region, leave it. */
    public void withoutTheDemoUsers(String region) {
        for (Role role : Role.values()) {
            identityService.deleteTenantUserMembership(region, role.demoUserId());
        }
    }

    /**
     * A process owner who works in these regions only (the demo's users are members of every region a test
     * starts, so the receiving side needs a user of its own); the demo password.
     */
    public void processOwnerOf(String userId, String... regions) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            User user = identityService.newUser(userId);
            user.setFirstName("Processägare");
            user.setLastName(userId);
            user.setEmail(userId + "@test.example");
            user.setPassword(ApiClient.DEMO_PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(userId, AgendaProcess.Groups.PROCESS_OWNERS);
        }
        for (String region : regions) {
            if (identityService.createTenantQuery().tenantId(region).userMember(userId).count() == 0) {
                identityService.createTenantUserMembership(region, userId);
            }
        }
    }
}
