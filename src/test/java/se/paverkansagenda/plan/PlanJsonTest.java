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
    void aPlanCannotBeChangedOnceMade() {
        Plan plan = PlanParser.parse(DefaultPlan.yaml());

        assertThatThrownBy(() -> plan.municipalities().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> plan.steps().remove(Step.DRAFT_PM)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> plan.reminders().businessDaysBeforeDeadline().add(1))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
