package se.paverkansagenda.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlanJsonTest {

    @Test
    void aCheckedPlanReadsBackAsItWasWritten() {
        Plan plan = PlanParser.parse(DefaultPlan.yaml());

        Plan read = PlanJson.read(PlanJson.write(plan));

        assertThat(read).isEqualTo(plan);
        assertThat(read.datesOf(Step.ADOPTION)).isEqualTo(plan.datesOf(Step.ADOPTION));
        assertThat(read.steeringReport().timeCycle()).isEqualTo(plan.steeringReport().timeCycle());
    }

    @Test
    void theSameTextIsReadOnceAndARevisedPlanAfresh() {
        Plan plan = PlanParser.parse(DefaultPlan.yaml());
        String json = PlanJson.write(plan);

        Plan first = PlanJson.read(json);
        Plan again = PlanJson.read(new String(json.toCharArray()));
        Plan revised = PlanJson.read(PlanJson.write(new Plan(plan.region(), plan.year(), plan.contacts(), plan.steps(),
                plan.municipalities(), plan.organisations(), plan.rusAreas(), plan.prioritisedIssueCap() + 1,
                plan.reminders(), plan.lateAnswers(), plan.steeringReport(), plan.referenceGroups(), plan.councils(),
                plan.follows())));

        assertThat(again).isSameAs(first);
        assertThat(revised).isNotSameAs(first);
        assertThat(revised.prioritisedIssueCap()).isEqualTo(plan.prioritisedIssueCap() + 1);
    }

    @Test
    void manyPlansAreReadRightAfterThoseKeptAreLetGo() {
        Plan plan = PlanParser.parse(DefaultPlan.yaml());
        for (int cap = 1; cap <= PlanJson.KEPT * 2 + 1; cap++) {
            Plan other = new Plan(plan.region(), plan.year(), plan.contacts(), plan.steps(), plan.municipalities(),
                    plan.organisations(), plan.rusAreas(), cap, plan.reminders(), plan.lateAnswers(),
                    plan.steeringReport(), plan.referenceGroups(), plan.councils(), plan.follows());

            assertThat(PlanJson.read(PlanJson.write(other)).prioritisedIssueCap()).isEqualTo(cap);
        }
    }

    @Test
    void aPlanCannotBeChangedOnceMade() {
        Plan plan = PlanParser.parse(DefaultPlan.yaml());

        assertThatThrownBy(() -> plan.municipalities().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> plan.steps().remove(Step.DRAFT_PM)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> plan.reminders().businessDaysBeforeDeadline().add(1))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
