package se.paverkansagenda.stage;

import java.util.List;

/**
 * One step of the timeline as the page and the PDF write it, with a line per pass when the step ran
 * more than once or was sent back.
 */
public record TimelineRow(String step, String title, String planned, String actual, String state, boolean late,
                          String lateness, int timesRun, int incidents, List<PassRow> passes) {

    /** One pass of a step that ran more than once: its planned and actual days, lateness and send-back. */
    public record PassRow(int number, String title, String planned, String actual, String state, boolean late,
                          String lateness, String sentBack) {
    }

    public static List<TimelineRow> of(CycleProgress progress) {
        return progress.stages().stream().map(TimelineRow::of).toList();
    }

    public static TimelineRow of(Stage stage) {
        boolean once = stage.passes().size() < 2 && stage.passes().stream().allMatch(pass -> pass.sentBack() == null);
        List<PassRow> passes = once ? List.of() : stage.passes().stream()
                .map(pass -> new PassRow(pass.number(), StageText.passTitle(pass, stage.passes().size()),
                        StageText.planned(pass), StageText.actual(pass), pass.stateName(), pass.late(),
                        StageText.lateness(pass), StageText.sendBack(pass.sentBack())))
                .toList();
        return new TimelineRow(stage.key(), StageText.title(stage), StageText.planned(stage),
                StageText.actual(stage), stage.stateName(), stage.late(), StageText.lateness(stage), stage.timesRun(),
                stage.incidents(), passes);
    }
}
