package se.paverkansagenda.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The plan says whether reference groups are formed and in which period; checked, none when it says nothing. */
class ReferenceGroupsRuleTest {

    private static final String RULE = "referenceGroups:\n  used: true\n  start: 2020-10-30\n  end: 2020-11-06\n";

    @Test
    void theSeedPlanFormsReferenceGroupsBetweenTheCompilationAndTheWorkshop() {
        assertThat(DefaultPlan.yaml()).contains(RULE);
        Plan.ReferenceGroups groups = PlanParser.parse(DefaultPlan.yaml()).referenceGroups();
        assertThat(groups.used()).isTrue();
        assertThat(groups.start()).isEqualTo(LocalDate.of(2020, 10, 30));
        assertThat(groups.end()).isEqualTo(LocalDate.of(2020, 11, 6));
    }

    @Test
    void aPlanWithoutTheFieldOrWithUsedFalseFormsNone() {
        assertThat(PlanParser.parse(DefaultPlan.yaml().replace(RULE, "")).referenceGroups())
                .isEqualTo(Plan.ReferenceGroups.NOT_USED);
        assertThat(parse("used: false").used()).isFalse();
    }

    @Test
    void aStoredPlanWithoutReferenceGroupsReadsAsNone() {
        String stored = PlanJson.write(PlanParser.parse(DefaultPlan.yaml())).replaceAll(",\"referenceGroups\":\\{[^}]*}", "");
        assertThat(stored).doesNotContain("referenceGroups");
        assertThat(PlanJson.read(stored).referenceGroups()).isEqualTo(Plan.ReferenceGroups.NOT_USED);
        assertThat(PlanJson.read(PlanJson.write(PlanParser.parse(DefaultPlan.yaml()))).referenceGroups().end())
                .isEqualTo(LocalDate.of(2020, 11, 6));
    }

    @Test
    void eachMistakeIsReportedInSwedishWithItsField() {
        assertThat(refused("used: ja")).startsWith("referenceGroups.used: 'ja' är varken true eller false");
        assertThat(refused("start: 2020-10-30")).startsWith("referenceGroups.used: saknas");
        assertThat(refused("used: true\n  end: 2020-11-06")).startsWith("referenceGroups.start: saknas");
        assertThat(refused("used: true\n  start: 2020-10-30\n  end: sjätte")).startsWith(
                "referenceGroups.end: 'sjätte' är inget datum");
        assertThat(refused("used: true\n  start: 2020-11-06\n  end: 2020-10-30"))
                .startsWith("referenceGroups.end: slutdatum 2020-10-30 ligger före startdatum 2020-11-06");
        assertThat(refused("used: true\n  start: 2020-09-30\n  end: 2020-11-06"))
                .startsWith("referenceGroups.start: 2020-09-30 ligger före sammanställningen av inspelen");
        assertThat(refused("used: true\n  start: 2020-10-30\n  end: 2020-11-20"))
                .startsWith("referenceGroups.end: 2020-11-20 ligger efter workshopen");
        assertThat(refused("used: false\n  start: 2020-10-30")).startsWith(
                "referenceGroups: start och end anges bara när used är true");
        assertThat(refused("used: true\n  start: 2020-10-30\n  end: 2020-11-06\n  members: 3"))
                .startsWith("referenceGroups.members: okänt fält");
        InvalidPlanException notAnObject = catchThrowableOfType(InvalidPlanException.class,
                () -> PlanParser.parse(DefaultPlan.yaml().replace(RULE, "referenceGroups: ja\n")));
        assertThat(notAnObject.violations()).containsExactly(
                "referenceGroups: ska ange used (true eller false) och, om grupper används, start och end");
    }

    private static Plan.ReferenceGroups parse(String rule) {
        return PlanParser.parse(DefaultPlan.yaml().replace(RULE, "referenceGroups:\n  " + rule + "\n")).referenceGroups();
    }

    private static String refused(String rule) {
        InvalidPlanException refused = catchThrowableOfType(InvalidPlanException.class,
                () -> PlanParser.parse(DefaultPlan.yaml().replace(RULE, "referenceGroups:\n  " + rule + "\n")));
        return assertThat(refused.violations()).hasSize(1).actual().get(0);
    }
}
