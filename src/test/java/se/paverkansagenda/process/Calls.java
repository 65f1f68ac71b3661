package se.paverkansagenda.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every call the stand-in beans of the isolated process tests took, in order. */
final class Calls {

    /** One call: which bean, in which cycle and process instance, at which element, with the variables it saw. */
    record Call(String bean, String businessKey, String processInstanceId, String elementId, String event,
                Map<String, Object> variables) {
    }

    private final List<Call> calls = new ArrayList<>();

    synchronized void add(Call call) {
        calls.add(call);
    }

    /** The calls made for one cycle: its main process and every process under the same business key. */
    synchronized List<Call> of(String businessKey) {
        return calls.stream().filter(c -> businessKey.equals(c.businessKey())).toList();
    }

    /** The calls made for one cycle at one element. */
    List<Call> at(String businessKey, String elementId) {
        return of(businessKey).stream().filter(c -> elementId.equals(c.elementId())).toList();
    }

    /** The values one variable had in the calls at one element. */
    List<Object> values(String businessKey, String elementId, ProcessVariable<?> variable) {
        return at(businessKey, elementId).stream().map(c -> c.variables().get(variable.name())).toList();
    }
}
