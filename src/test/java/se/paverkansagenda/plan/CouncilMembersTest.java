package se.paverkansagenda.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The councils' members are plan data: the seed plan lists RSR's elected, co-opted and speaking members,
 * the presidium and the partnership's organisations; each member is checked like the rest of the plan;
 * a plan without members still reads and its councils' mail goes to their shared addresses.
 */
class CouncilMembersTest {

    private static final String SEED = DefaultPlan.yaml();

    @Test
    void theSeedPlanListsTheMembersOfEachCouncil() {
        Plan plan = PlanParser.parse(SEED);

        assertThat(plan.membersOf(Plan.Council.RSR)).extracting(Plan.Member::label)
                .contains("Östersunds kommun – Förtroendevald, majoritet", "Östersunds kommun – Förtroendevald, opposition",
                        "Region Jämtland Härjedalen – Förtroendevald, opposition",
                        "Länsstyrelsen Jämtlands län – Adjungerad, landshövding",
                        "Strukturfondspartnerskapet Mellersta Norrland – Ordförande, yttranderätt")
                .doesNotHaveDuplicates();
        // majority and opposition from every municipality of the plan
        plan.municipalities().forEach(municipality -> assertThat(plan.membersOf(Plan.Council.RSR))
                .filteredOn(member -> member.organisation().startsWith(municipality.name()))
                .extracting(Plan.Member::role)
                .contains("Förtroendevald, majoritet", "Förtroendevald, opposition"));
        assertThat(plan.membersOf(Plan.Council.PRESIDIUM)).hasSize(3);
        assertThat(plan.membersOf(Plan.Council.PARTNERSHIP)).extracting(Plan.Member::organisation)
                .containsExactlyElementsOf(plan.organisations().stream().map(Plan.Organisation::name).toList());
        assertThat(plan.membersOf(Plan.Council.RSR)).allSatisfy(member -> assertThat(member.email()).endsWith(".example"));
    }

    @Test
    void mailToACouncilGoesToItsSharedAddressAndEveryMemberOnce() {
        Plan plan = PlanParser.parse(SEED);

        List<String> rsr = plan.addressesOf(Plan.Council.RSR);
        assertThat(rsr).startsWith("rsr-sekretariat@regionjh.example")
                .contains("ks-ordforande@ostersund.example", "oppositionsrad@ostersund.example",
                        "landshovding@lansstyrelsen-jh.example")
                .doesNotHaveDuplicates()
                .hasSize(1 + plan.membersOf(Plan.Council.RSR).size());
        assertThat(plan.addressesOf(Plan.Council.PRESIDIUM)).containsExactly("run-presidium@regionjh.example",
                "run-ordforande@regionjh.example", "run-vice-ordforande@regionjh.example",
                "run-andre-vice-ordforande@regionjh.example");
    }

    @Test
    void aPlanWithoutMembersStillReadsAndItsMailGoesToTheSharedAddresses() {
        Plan plan = PlanParser.parse(withoutCouncils());

        assertThat(plan.membersOf(Plan.Council.RSR)).isEmpty();
        assertThat(plan.addressesOf(Plan.Council.RSR)).containsExactly("rsr-sekretariat@regionjh.example");
        assertThat(plan.addressesOf(Plan.Council.PRESIDIUM)).containsExactly("run-presidium@regionjh.example");
        assertThat(plan.addressesOf(Plan.Council.PARTNERSHIP)).containsExactly("lanspartnerskapet@regionjh.example");
        // a dissent is then chosen among the plan's region, municipalities and organisations
        assertThat(plan.dissentersOf(Plan.Council.RSR)).contains("Region Jämtland Härjedalen", "Östersund (kommun)",
                "Mittuniversitetet");
    }

    @Test
    void aPlanKeptWithACycleBeforeMembersWereListedReadsBackWithoutMembers() {
        String stored = PlanJson.write(PlanParser.parse(withoutCouncils())).replace(",\"councils\":{\"rsr\":[],"
                + "\"presidium\":[],\"partnership\":[]}", "");
        assertThat(stored).doesNotContain("councils");

        Plan plan = PlanJson.read(stored);

        assertThat(plan.membersOf(Plan.Council.PRESIDIUM)).isEmpty();
        assertThat(plan.addressesOf(Plan.Council.PRESIDIUM)).containsExactly("run-presidium@regionjh.example");
    }

    @Test
    void aPlansMembersSurviveBeingKeptWithItsCycle() {
        Plan plan = PlanParser.parse(SEED);

        assertThat(PlanJson.read(PlanJson.write(plan)).councils()).isEqualTo(plan.councils());
    }

    @Test
    void aMemberWithoutOrganisationRoleOrAValidAddressIsRefusedWithEachPath() {
        String plan = withCouncils("""
                councils:
                  rsr:
                    - { organisation: Östersunds kommun, role: "Förtroendevald, majoritet", email: ks@ostersund.example }
                    - { role: "Förtroendevald, opposition", email: opp@ostersund.example }
                    - { organisation: Åre kommun, email: ks@are.example }
                    - { organisation: Åre kommun, role: "Förtroendevald, opposition", email: inte-en-adress }
                """);

        assertThat(violationsOf(plan)).containsExactly(
                "councils.rsr[1].organisation: saknas",
                "councils.rsr[2].role: saknas",
                "councils.rsr[3].email: 'inte-en-adress' är ingen giltig e-postadress");
    }

    @Test
    void theSameMemberTwiceAnEmptyCouncilAnUnknownCouncilAndAnUnknownFieldAreRefused() {
        String plan = withCouncils("""
                councils:
                  rsr:
                    - { organisation: Åre kommun, role: "Förtroendevald, majoritet", email: ks@are.example }
                    - { organisation: Åre kommun, role: "Förtroendevald, majoritet", email: annan@are.example }
                  presidium: []
                  styrelse:
                    - { organisation: Åre kommun, role: Ledamot, email: ks@are.example }
                  partnership:
                    - { organisation: Almi, role: Representant, email: kontakt@almi.example, telefon: "063-123" }
                """);

        assertThat(violationsOf(plan)).containsExactlyInAnyOrder(
                "councils.rsr[1]: ledamoten Åre kommun – Förtroendevald, majoritet förekommer mer än en gång",
                "councils.presidium: listan saknas eller är tom",
                "councils.styrelse: okänt fält",
                "councils.partnership[0].telefon: okänt fält");
    }

    @Test
    void councilsThatAreNotABlockOfMembersAreRefused() {
        assertThat(violationsOf(withCouncils("councils: RSR\n"))).singleElement()
                .asString().startsWith("councils: ska innehålla rådens ledamöter");
    }

    private static String withoutCouncils() {
        return SEED.substring(0, SEED.indexOf("# Rådens ledamöter"));
    }

    private static String withCouncils(String section) {
        return withoutCouncils() + section;
    }

    private static List<String> violationsOf(String plan) {
        Throwable thrown = catchThrowable(() -> PlanParser.parse(plan));
        assertThat(thrown).isInstanceOf(InvalidPlanException.class);
        return ((InvalidPlanException) thrown).violations();
    }
}
