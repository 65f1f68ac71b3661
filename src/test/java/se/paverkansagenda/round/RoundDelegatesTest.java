package se.paverkansagenda.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.RequestRoundProcess;

/** The round's delegates read their typed inputs and hand them to the round service, nothing more. */
class RoundDelegatesTest {

    private final RoundService rounds = mock(RoundService.class);
    private final DelegateExecution execution = mock(DelegateExecution.class);

    @Test
    void openRoundOpensTheRoundOfItsInputForTheCycle() {
        when(execution.getVariable(AgendaProcess.CYCLE_KEY.name())).thenReturn("PA-JH-2020");
        when(execution.getVariable(AgendaProcess.ROUND_KIND.name())).thenReturn("CONSULTATION");

        new OpenRoundDelegate(rounds).execute(execution);

        verify(rounds).open("PA-JH-2020", RoundKind.CONSULTATION);
        verifyNoMoreInteractions(rounds);
    }

    @Test
    void sendRequestMarksTheRequestSentByTheInstanceWaitingForItsAnswer() {
        when(execution.getVariable(RequestRoundProcess.REQUEST_ID.name())).thenReturn("request-1");
        when(execution.getProcessInstanceId()).thenReturn("instance-1");

        new SendRequestDelegate(rounds, mock(RequestMessages.class), mock(RequestReminders.class)).execute(execution);

        verify(rounds).markSent("request-1", "instance-1");
    }

    @Test
    void registerNoAnswerClosesTheRequestUnanswered() {
        when(execution.getVariable(RequestRoundProcess.REQUEST_ID.name())).thenReturn("request-2");

        new RegisterNoAnswerDelegate(rounds).execute(execution);

        verify(rounds).markUnanswered("request-2");
        verifyNoMoreInteractions(rounds);
    }

    @Test
    void reportUnansweredSendsTheProcessOwnerOneMessageForTheRoundOfItsInput() {
        RequestMessages messages = mock(RequestMessages.class);
        when(execution.getVariable(AgendaProcess.CYCLE_KEY.name())).thenReturn("PA-JH-2020");
        when(execution.getVariable(AgendaProcess.ROUND_KIND.name())).thenReturn("INPUT");

        new ReportUnansweredDelegate(messages).execute(execution);

        verify(messages).notifyUnanswered("PA-JH-2020", RoundKind.INPUT);
        verifyNoMoreInteractions(messages);
    }

    @Test
    void theRoundsCollectionIsTheIdsOfItsRequests() {
        when(execution.getVariable(AgendaProcess.CYCLE_KEY.name())).thenReturn("PA-JH-2020");
        when(rounds.requestsOf("PA-JH-2020", RoundKind.INPUT)).thenReturn(List.of(
                request("a"), request("b")));

        assertThat(new RoundRequests(rounds).ids(execution, "INPUT"))
                .containsExactly("a", "b");
    }

    private static RoundRequest request(String id) {
        return new RoundRequest(id, "PA-JH-2020", RoundKind.INPUT, id, id, id + "@x.example", null,
                RequestStatus.SENT, null, null, null);
    }
}
