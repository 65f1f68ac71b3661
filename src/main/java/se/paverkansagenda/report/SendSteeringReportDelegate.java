package se.paverkansagenda.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.paverkansagenda.process.AgendaProcess;

/**
 * The plan's report period has passed: send the steering group its report. The execution names the
 * report, so a retried job sends the same one.
 */
@Component("sendSteeringReportDelegate")
public class SendSteeringReportDelegate implements JavaDelegate {

    private final SteeringReportService reports;

    public SendSteeringReportDelegate(SteeringReportService reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.send(AgendaProcess.CYCLE_KEY.from(execution).get(), execution.getId());
    }
}
