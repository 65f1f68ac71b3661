package se.paverkansagenda.carryforward;

import java.util.List;
import org.springframework.stereotype.Component;
import se.paverkansagenda.cycle.CycleStartCheck;
import se.paverkansagenda.plan.Plan;

/** A plan that follows a cycle names one of this installation whose agenda has been adopted. */
@Component
public class FollowedCycleCheck implements CycleStartCheck {

    private final CarryForwardRepository repository;

    public FollowedCycleCheck(CarryForwardRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<String> problems(Plan plan) {
        String followed = plan.follows();
        if (followed == null) {
            return List.of();
        }
        if (!repository.cycleExists(followed)) {
            return List.of("follows: cykeln " + followed + " finns inte i den här installationen");
        }
        if (repository.adoptedVersion(followed).isEmpty()) {
            return List.of("follows: cykeln " + followed + " har ingen fastställd påverkansagenda att följa upp");
        }
        return List.of();
    }
}
