package se.paverkansagenda.cycle;

import java.util.List;
import se.paverkansagenda.plan.Plan;

/**
 * A check of a plan against what this installation holds, made when a cycle starts, after the plan's own
 * checks: each problem in Swedish, naming its field as the plan's checks do. A feature that needs such a
 * check provides one; a plan with problems is refused like an invalid one and starts nothing.
 */
public interface CycleStartCheck {

    List<String> problems(Plan plan);
}
