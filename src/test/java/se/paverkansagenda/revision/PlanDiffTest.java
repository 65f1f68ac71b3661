package se.paverkansagenda.revision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.PlanParser;

class PlanDiffTest {

    private static final Plan SEED = PlanParser.parse(DefaultPlan.yaml());

    @Test
    void eachChangeIsOneLineNamingItsFieldListMembersByTheirCodeOrName() {
        Plan revised = PlanParser.parse(DefaultPlan.yaml()
                .replace("INFORM_PARTNERSHIP:      { date: 2020-11-27 }", "INFORM_PARTNERSHIP:      { date: 2020-11-26 }")
                .replace("rsr: rsr-sekretariat@regionjh.example", "rsr: rsr@regionjh.example")
                .replace("  - { code: \"2326\", name: Berg,        email: registrator@berg.example }\n", "")
                .replace("email: registrator@krokom.example", "email: kommun@krokom.example")
                .replace("  - { name: Almi,                                    email: kontakt@almi-mitt.example }\n",
                        "  - { name: Almi Mitt, email: kontakt@almi-mitt.example }\n")
                .replace("businessDaysBeforeDeadline: [10, 3]", "businessDaysBeforeDeadline: [10, 5, 3]"));

        assertThat(PlanDiff.lines(SEED, revised)).containsExactly(
                "steps.INFORM_PARTNERSHIP: steg 10 (Arbetet förankras i Länspartnerskapet) 27 november 2020 → 26 november 2020",
                "contacts.rsr: rsr-sekretariat@regionjh.example → rsr@regionjh.example",
                "municipalities[2309].email: registrator@krokom.example → kommun@krokom.example",
                "municipalities: borttagen 2326, Berg, registrator@berg.example",
                "organisations: borttagen Almi, kontakt@almi-mitt.example",
                "organisations: tillagd Almi Mitt, kontakt@almi-mitt.example",
                "reminders.businessDaysBeforeDeadline: [10,3] → [10,5,3]");
        assertThat(PlanDiff.lines(SEED, SEED)).isEmpty();
    }
}
