package se.paverkansagenda.stage;

import java.util.List;

/** One step of the timeline as the page, the PDF and the report mail write it. */
public record TimelineRow(String step, String title, String planned, String actual, String state, boolean late,
                          String lateness, int timesRun, int incidents) {

    public static List<TimelineRow> of(CycleProgress progress) {
        return progress.stages().stream().map(TimelineRow::of).toList();
    }

    public static TimelineRow of(Stage stage) {
        return new TimelineRow(stage.step().name(), StageText.title(stage), StageText.planned(stage),
                StageText.actual(stage), stage.stateName(), stage.late(), StageText.lateness(stage), stage.timesRun(),
                stage.incidents());
    }
}
