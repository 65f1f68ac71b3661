package se.paverkansagenda.stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.round.RequestStatus;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;

/**
 * Every cycle, running or finished, as Cockpit's list shows it: the steps of {@link StageProgress}
 * and the answers of the rounds.
 */
@Service
public class CycleOverviews {

    private final CycleService cycles;
    private final StageProgress progress;
    private final RoundService rounds;

    public CycleOverviews(CycleService cycles, StageProgress progress, RoundService rounds) {
        this.cycles = cycles;
        this.progress = progress;
        this.rounds = rounds;
    }

    /** Every cycle, the newest first. */
    public List<CycleOverview> all() {
        return cycles.keys().stream().map(this::of).toList();
    }

    public CycleOverview of(String businessKey) {
        CycleProgress cycle = progress.of(businessKey);
        List<String> running = cycle.stages().stream()
                .filter(stage -> stage.state() == StageState.IN_PROGRESS).map(Stage::name).toList();
        int late = (int) cycle.stages().stream()
                .filter(stage -> stage.late() && stage.state() != StageState.DONE && stage.state() != StageState.NOT_DONE)
                .count();
        List<CycleOverview.RoundAnswers> answers = new ArrayList<>();
        for (RoundKind kind : RoundKind.values()) {
            List<RoundRequest> requests = rounds.requestsOf(businessKey, kind);
            int received = (int) requests.stream().filter(request -> request.status() == RequestStatus.ANSWERED).count();
            answers.add(new CycleOverview.RoundAnswers(kind.slug(), kind.swedishName(), received, requests.size()));
        }
        Optional<Stage> next = cycle.finished() ? Optional.empty() : cycle.stages().stream()
                .filter(stage -> stage.state() == StageState.NOT_STARTED)
                .min(Comparator.comparing(Stage::plannedStart).thenComparing(Stage::number));
        return new CycleOverview(cycle.businessKey(), cycle.regionName(), cycle.year(), cycle.finished(),
                cycle.startedAt(), cycle.endedAt(), running, late, List.copyOf(answers),
                next.map(Stage::name).orElse(null), next.map(Stage::plannedStart).orElse(null));
    }
}
