package se.paverkansagenda.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The stand-in for the round's collection, {@code ${roundRequests.ids(execution, kind)}}: the request ids
 * a test gives a cycle's round. The call activity calls one request process per id. Public, for the
 * expression language to call it.
 */
public final class TestRecipients {

    static final String BEAN = "roundRequests";

    private final Map<String, List<String>> ids = new HashMap<>();
    private final Calls calls;

    TestRecipients(Calls calls) {
        this.calls = calls;
    }

    synchronized void give(String businessKey, String kind, List<String> requestIds) {
        ids.put(businessKey + "/" + kind, List.copyOf(requestIds));
    }

    public synchronized List<String> ids(DelegateExecution execution, String kind) {
        calls.add(new Calls.Call(BEAN, execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
                execution.getCurrentActivityId(), kind, Map.of()));
        return ids.getOrDefault(execution.getProcessBusinessKey() + "/" + kind, List.of());
    }
}
