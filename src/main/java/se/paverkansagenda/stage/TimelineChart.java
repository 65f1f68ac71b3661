package se.paverkansagenda.stage;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import se.paverkansagenda.document.Xhtml;

/**
 * The planned-against-actual timeline of a cycle as an SVG image, Gantt style: one row per step with
 * its planned bar above its actual bar (a bar for each pass of a step that ran more than once, each
 * judged against its own planned days, and a red mark where the work was sent back), the late part of
 * the work in red, a line at today for a
 * running cycle, month ticks and a legend. Every row carries a {@code <title>} that says in words what
 * the bars show, so the chart reads without seeing it. All text goes through {@link Xhtml#text}.
 */
public final class TimelineChart {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", SWEDISH);
    private static final int WIDTH = 1000;
    private static final int CHART_LEFT = 340;
    private static final int CHART_WIDTH = 580;
    private static final int TOP = 56;
    private static final int ROW = 36;
    private static final int LEGEND = 46;
    private static final String PLANNED = "#9fb8d0";
    private static final String ACTUAL = "#004b87";
    private static final String LATE = "#b00020";
    private static final String TODAY = "#e07000";

    private TimelineChart() {
    }

    public static String svg(CycleProgress progress) {
        LocalDate today = progress.asOf().toLocalDate();
        LocalDate from = days(progress).min(LocalDate::compareTo).orElse(today).withDayOfMonth(1);
        LocalDate to = days(progress).max(LocalDate::compareTo).orElse(today).plusDays(1);
        Axis axis = new Axis(from, to);
        int height = TOP + progress.stages().size() * ROW + LEGEND;

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"100%\" role=\"img\" aria-labelledby=\"timeline-title timeline-desc\""
                        + " font-family=\"Arial, Helvetica, sans-serif\" font-size=\"12\">\n");
        svg.append("<title id=\"timeline-title\">").append(Xhtml.text("Planerat mot utfört för " + progress.businessKey()
                + ", " + progress.regionName())).append("</title>\n");
        svg.append("<desc id=\"timeline-desc\">").append(Xhtml.text(description(progress))).append("</desc>\n");
        months(svg, axis, height - LEGEND);
        int y = TOP;
        for (Stage stage : progress.stages()) {
            row(svg, axis, stage, y, progress);
            y += ROW;
        }
        if (!progress.finished()) {
            double x = axis.x(progress.asOf());
            svg.append("<g class=\"today\"><title>").append(Xhtml.text("Idag, " + StageText.day(today))).append("</title>")
                    .append(line(x, TOP - 8, x, height - LEGEND, TODAY, "4 3"))
                    .append(text(x + 3, TOP - 10, "Idag", TODAY, "start")).append("</g>\n");
        }
        legend(svg, height - LEGEND + 18, !progress.finished());
        return svg.append("</svg>\n").toString();
    }

    private static String description(CycleProgress progress) {
        long late = progress.stages().stream().filter(Stage::late).count();
        return (progress.finished() ? "Avslutad cykel. " : "Pågående cykel, läget " + StageText.moment(progress.asOf()) + ". ")
                + "En rad per steg med planerad period och utförd period; " + late + " steg är försenade.";
    }

    private static void row(StringBuilder svg, Axis axis, Stage stage, int y, CycleProgress progress) {
        svg.append("<g class=\"step\" data-step=\"").append(stage.key()).append("\">");
        svg.append("<title>").append(Xhtml.text(StageText.title(stage) + ": planerat " + StageText.planned(stage)
                + ", utfört " + StageText.actual(stage) + (stage.passes().size() > 1 ? " i " + stage.passes().size() + " gånger" : "")
                + ", " + stage.stateName().toLowerCase(SWEDISH) + ", "
                + StageText.lateness(stage).toLowerCase(SWEDISH))).append("</title>");
        if ((y - TOP) / ROW % 2 == 1) {
            svg.append(rect(0, y, WIDTH, ROW, "#f3f5f7", "band"));
        }
        svg.append(text(8, y + 22, StageText.title(stage), "#1b1b1b", "start"));
        double plannedStart = axis.x(stage.plannedStart());
        double plannedEnd = axis.x(stage.plannedEnd().plusDays(1));
        svg.append(rect(plannedStart, y + 6, Math.max(plannedEnd - plannedStart, 3), 10, PLANNED, "planned"));

        if (stage.passes().isEmpty() && stage.late()) {
            // not started although its planned end has passed: the overdue span up to today
            svg.append(rect(plannedEnd, y + 19, Math.max(axis.x(progress.asOf()) - plannedEnd, 2), 10, LATE, "late"));
        }
        for (StagePass pass : stage.passes()) {
            pass(svg, axis, stage, pass, y, progress);
        }
        if (stage.late()) {
            svg.append(text(CHART_LEFT + CHART_WIDTH + 6, y + 28, "+" + stage.daysLate() + " d", LATE, "start"));
        }
        svg.append("</g>\n");
    }

    /**
     * One pass of the step: its own planned bar when it is a later pass (the plan moved by a send-back),
     * its actual bar, and the part of it after its own planned end in red.
     */
    private static void pass(StringBuilder svg, Axis axis, Stage stage, StagePass pass, int y, CycleProgress progress) {
        svg.append("<g class=\"pass\" data-pass=\"").append(pass.number()).append("\"><title>")
                .append(Xhtml.text(StageText.passTitle(pass, stage.passes().size()) + ": planerat " + StageText.planned(pass)
                        + ", utfört " + StageText.actual(pass) + ", " + pass.stateName().toLowerCase(SWEDISH) + ", "
                        + StageText.lateness(pass).toLowerCase(SWEDISH)
                        + (pass.sentBack() == null ? "" : ". " + StageText.sendBack(pass.sentBack()))))
                .append("</title>");
        double plannedEnd = axis.x(pass.plannedEnd().plusDays(1));
        if (pass.number() > 1) {
            double plannedStart = axis.x(pass.plannedStart());
            svg.append(rect(plannedStart, y + 6, Math.max(plannedEnd - plannedStart, 3), 10, PLANNED, "planned"));
        }
        OffsetDateTime workEnd = pass.actualEnd() != null ? pass.actualEnd()
                : pass.state() == StageState.IN_PROGRESS ? progress.asOf() : null;
        if (pass.actualStart() != null && workEnd != null) {
            double start = axis.x(pass.actualStart());
            double end = Math.max(axis.x(workEnd), start + 2);
            double onTimeEnd = pass.late() ? Math.max(start, Math.min(end, plannedEnd)) : end;
            svg.append(rect(start, y + 19, onTimeEnd - start, 10, ACTUAL, "actual"));
            if (pass.late() && end > onTimeEnd) {
                svg.append(rect(onTimeEnd, y + 19, end - onTimeEnd, 10, LATE, "late"));
            }
        } else if (pass.actualStart() == null && pass.late()) {
            svg.append(rect(plannedEnd, y + 19, Math.max(axis.x(progress.asOf()) - plannedEnd, 2), 10, LATE, "late"));
        }
        if (pass.sentBack() != null && pass.actualEnd() != null) {
            // a mark where the work was sent back
            double x = axis.x(pass.actualEnd());
            svg.append(line(x, y + 4, x, y + 32, LATE, null).replace("/>", " class=\"sent-back\"/>"));
        }
        svg.append("</g>");
    }

    private static void months(StringBuilder svg, Axis axis, int bottom) {
        svg.append("<g class=\"axis\">");
        for (LocalDate month = axis.from; month.isBefore(axis.to); month = month.plusMonths(1)) {
            double x = axis.x(month);
            svg.append(line(x, TOP - 4, x, bottom, "#c8cdd2", null))
                    .append(text(x + 2, TOP - 24, MONTH.format(month).replace(".", ""), "#4a4a4a", "start"));
            if (month.equals(axis.from) || month.getMonthValue() == 1) {
                svg.append(text(x + 2, TOP - 40, Integer.toString(month.getYear()), "#1b1b1b", "start"));
            }
        }
        svg.append("</g>\n");
    }

    private static void legend(StringBuilder svg, int y, boolean running) {
        svg.append("<g class=\"legend\">");
        int x = CHART_LEFT;
        svg.append(rect(x, y - 9, 24, 10, PLANNED, null)).append(text(x + 30, y, "Planerat", "#1b1b1b", "start"));
        x += 110;
        svg.append(rect(x, y - 9, 24, 10, ACTUAL, null)).append(text(x + 30, y, "Utfört", "#1b1b1b", "start"));
        x += 100;
        svg.append(rect(x, y - 9, 24, 10, LATE, null)).append(text(x + 30, y, "Försenat", "#1b1b1b", "start"));
        if (running) {
            x += 110;
            svg.append(line(x + 12, y - 12, x + 12, y + 2, TODAY, "4 3")).append(text(x + 30, y, "Idag", "#1b1b1b", "start"));
        }
        svg.append("</g>\n");
    }

    private static Stream<LocalDate> days(CycleProgress progress) {
        List<LocalDate> days = new ArrayList<>();
        days.add(progress.startedAt().toLocalDate());
        days.add(progress.asOf().toLocalDate());
        for (Stage stage : progress.stages()) {
            days.add(stage.plannedStart());
            days.add(stage.plannedEnd());
            days.add(stage.actualStart() == null ? null : stage.actualStart().toLocalDate());
            days.add(stage.actualEnd() == null ? null : stage.actualEnd().toLocalDate());
            for (StagePass pass : stage.passes()) {
                days.add(pass.plannedEnd());
                days.add(pass.actualEnd() == null ? null : pass.actualEnd().toLocalDate());
            }
        }
        return days.stream().filter(Objects::nonNull);
    }

    private static String rect(double x, double y, double width, double height, String fill, String cssClass) {
        return "<rect" + (cssClass == null ? "" : " class=\"" + cssClass + "\"") + " x=\"" + n(x) + "\" y=\"" + n(y)
                + "\" width=\"" + n(Math.max(width, 0)) + "\" height=\"" + n(height) + "\" fill=\"" + fill + "\"/>";
    }

    private static String line(double x1, double y1, double x2, double y2, String stroke, String dash) {
        return "<line x1=\"" + n(x1) + "\" y1=\"" + n(y1) + "\" x2=\"" + n(x2) + "\" y2=\"" + n(y2) + "\" stroke=\""
                + stroke + "\"" + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\" stroke-width=\"2\"") + "/>";
    }

    private static String text(double x, double y, String content, String fill, String anchor) {
        return "<text x=\"" + n(x) + "\" y=\"" + n(y) + "\" fill=\"" + fill + "\" text-anchor=\"" + anchor + "\">"
                + Xhtml.text(content) + "</text>";
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Days from the first month shown to the day after the last date, over the chart's width. */
    private record Axis(LocalDate from, LocalDate to) {

        double x(LocalDate day) {
            return CHART_LEFT + CHART_WIDTH * (double) ChronoUnit.DAYS.between(from, day) / ChronoUnit.DAYS.between(from, to);
        }

        /** A moment within its day, so that a step started and ended the same day still shows. */
        double x(OffsetDateTime moment) {
            double dayFraction = moment.toLocalTime().toSecondOfDay() / 86_400.0;
            double perDay = (double) CHART_WIDTH / ChronoUnit.DAYS.between(from, to);
            return x(moment.toLocalDate()) + dayFraction * perDay;
        }
    }
}
