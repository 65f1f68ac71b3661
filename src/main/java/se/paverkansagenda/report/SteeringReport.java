package se.paverkansagenda.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.paverkansagenda.stage.CycleProgress;
import se.paverkansagenda.stage.Stage;
import se.paverkansagenda.stage.StagePass;
import se.paverkansagenda.stage.StageState;
import se.paverkansagenda.stage.StageText;

/**
 * What the steering group reads in its report, from the cycle's stages: the steps done since the last
 * report (each pass of a step that ran more than once on its own line, judged against its own planned
 * days, with who sent it back and why), the steps late now, and what comes next (the steps under way and those planned to start
 * before the next report, or else the next one in the plan).
 */
public record SteeringReport(OffsetDateTime from, OffsetDateTime to, List<Line> done, List<Line> late, List<Line> next) {

    /** One step in a list of the report: its number and name, and what the list says of it. */
    public record Line(String step, String detail) {
    }

    public static SteeringReport of(CycleProgress progress, OffsetDateTime from, OffsetDateTime to, Period every) {
        List<Line> done = new ArrayList<>();
        List<Line> late = new ArrayList<>();
        List<Line> next = new ArrayList<>();
        LocalDate nextReport = to.toLocalDate().plus(every);
        for (Stage stage : progress.stages()) {
            for (StagePass pass : stage.passes()) {
                boolean ended = pass.state() == StageState.DONE || pass.state() == StageState.RETURNED;
                if (ended && pass.actualEnd().isAfter(from) && !pass.actualEnd().isAfter(to)) {
                    done.add(new Line(StageText.title(stage) + (stage.passes().size() > 1 ? ", gång " + pass.number() : ""),
                            "klart " + StageText.day(pass.actualEnd().toLocalDate())
                                    + (pass.late() ? ", " + StageText.lateness(pass) + " sent" : ", i tid")
                                    + (pass.sentBack() == null ? "" : ". " + StageText.sendBack(pass.sentBack()))));
                }
            }
            if (stage.late() && stage.state() != StageState.DONE) {
                late.add(new Line(StageText.title(stage), stage.stateName().toLowerCase() + ", planerat klart "
                        + StageText.day(stage.plannedEnd()) + ", försenat " + StageText.lateness(stage)));
            }
            if (stage.state() == StageState.IN_PROGRESS || stage.state() == StageState.RETURNED) {
                next.add(new Line(StageText.title(stage), stage.stateName().toLowerCase() + ", planerat klart "
                        + StageText.day(stage.plannedEnd())));
            } else if (stage.state() == StageState.NOT_STARTED && stage.plannedStart().isBefore(nextReport)) {
                next.add(new Line(StageText.title(stage), "planerat " + StageText.planned(stage)));
            }
        }
        if (next.isEmpty()) {
            progress.stages().stream().filter(stage -> stage.state() == StageState.NOT_STARTED).findFirst()
                    .ifPresent(stage -> next.add(new Line(StageText.title(stage), "planerat " + StageText.planned(stage))));
        }
        return new SteeringReport(from, to, List.copyOf(done), List.copyOf(late), List.copyOf(next));
    }

    /** The report as the mail templates read it. */
    public Map<String, Object> model() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("periodFrom", StageText.day(from.toLocalDate()));
        model.put("periodTo", StageText.day(to.toLocalDate()));
        model.put("done", done);
        model.put("late", late);
        model.put("next", next);
        return model;
    }
}
