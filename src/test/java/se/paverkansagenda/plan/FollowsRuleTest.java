package se.paverkansagenda.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** A plan may name the cycle it follows: an earlier cycle of its region, by its business key. */
class FollowsRuleTest {

    @Test
    void aPlanNamesTheCycleItFollowsOrNone() {
        assertThat(PlanParser.parse(DefaultPlan.yaml()).follows()).isNull();
        assertThat(PlanParser.parse(DefaultPlan.yaml() + "follows: PA-JH-2019\n").follows()).isEqualTo("PA-JH-2019");
        assertThat(PlanJson.read(PlanJson.write(PlanParser.parse(DefaultPlan.yaml() + "follows: PA-JH-2019\n"))).follows())
                .isEqualTo("PA-JH-2019");
    }

    @Test
    void eachMistakeIsReportedInSwedishWithItsField() {
        assertThat(refused("follows: 2019")).containsExactly("follows: '2019' är ingen cykel; ange cykelns nyckel, t.ex. PA-JH-2026");
        assertThat(refused("follows: PA-VN-2019")).containsExactly(
                "follows: PA-VN-2019 hör till en annan region än planens (JH)");
        assertThat(refused("follows: PA-JH-2020")).containsExactly("follows: PA-JH-2020 är inte en tidigare cykel än planens år 2020");
        assertThat(refused("follows: PA-JH-2021")).containsExactly("follows: PA-JH-2021 är inte en tidigare cykel än planens år 2020");
        assertThat(refused("follows: [PA-JH-2019]")).containsExactly("follows: ska vara en text");
        assertThat(refused("follows: \" \"")).containsExactly("follows: saknas");
    }

    private static java.util.List<String> refused(String line) {
        return catchThrowableOfType(InvalidPlanException.class, () -> PlanParser.parse(DefaultPlan.yaml() + line + "\n"))
                .violations();
    }
}
