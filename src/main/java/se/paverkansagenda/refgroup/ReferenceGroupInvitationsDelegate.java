package se.paverkansagenda.refgroup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.paverkansagenda.process.AgendaProcess;

/**
 * The groups' mail, in a job of its own: after the forming task, every invitation; after each later
 * change, what the members have not been sent yet. Safe to run again: what went out is not sent twice.
 */
@Component("referenceGroupInvitationsDelegate")
public class ReferenceGroupInvitationsDelegate implements JavaDelegate {

    private final ReferenceGroupService service;
    private final ReferenceGroupInvitations invitations;

    public ReferenceGroupInvitationsDelegate(ReferenceGroupService service, ReferenceGroupInvitations invitations) {
        this.service = service;
        this.invitations = invitations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String cycleKey = AgendaProcess.CYCLE_KEY.from(execution).get();
        if (AgendaProcess.Elements.TASK_INVITE_REFERENCE_GROUPS.equals(execution.getCurrentActivityId())) {
            service.release(cycleKey);
        }
        invitations.sendPending(cycleKey);
    }
}
