package se.paverkansagenda.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The conventions every model in {@code bpmn/} keeps, checked file by file. */
class ModelConventionsTest {

    private static final Path MODELS = Path.of("bpmn");
    private static final Map<Class<? extends BaseElement>, String> PREFIXES = Map.ofEntries(
            Map.entry(StartEvent.class, "StartEvent_"),
            Map.entry(EndEvent.class, "End_"),
            Map.entry(UserTask.class, "Task_"),
            Map.entry(ServiceTask.class, "Task_"),
            Map.entry(ReceiveTask.class, "Task_"),
            Map.entry(CallActivity.class, "CallActivity_"),
            Map.entry(Gateway.class, "Gateway_"),
            Map.entry(IntermediateCatchEvent.class, "Timer_"),
            Map.entry(BoundaryEvent.class, "Timer_"),
            Map.entry(SequenceFlow.class, "Flow_"),
            Map.entry(Message.class, "Message_"));

    static Stream<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(MODELS)) {
            List<Path> models = files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
            assertThat(models).isNotEmpty();
            return models.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void oneExecutableProcessPerFileNamedAfterItsKeyWithAHistoryTimeToLiveNotStartableFromTasklist(Path file) {
        Collection<Process> processes = read(file).getModelElementsByType(Process.class);
        assertThat(processes).hasSize(1);
        Process process = processes.iterator().next();
        assertThat(process.isExecutable()).isTrue();
        assertThat(file.getFileName().toString()).isEqualTo(process.getId() + ".bpmn");
        assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
        assertThat(process.getName()).isNotBlank();
        // every process needs a plan or a request to start from; a start from Tasklist's menu would have neither
        assertThat(process.isCamundaStartableInTasklist()).as("startable from Tasklist").isFalse();
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyFlowNodeHasAShapeAndEveryFlowAnEdge(Path file) {
        BpmnModelInstance model = read(file);
        Set<String> shaped = model.getModelElementsByType(BpmnShape.class).stream()
                .map(shape -> shape.getBpmnElement().getId()).collect(Collectors.toSet());
        Set<String> edged = model.getModelElementsByType(BpmnEdge.class).stream()
                .map(edge -> edge.getBpmnElement().getId()).collect(Collectors.toSet());
        assertThat(ids(model.getModelElementsByType(FlowNode.class))).allMatch(shaped::contains);
        assertThat(ids(model.getModelElementsByType(SequenceFlow.class))).allMatch(edged::contains);
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyNodeIsNamedAndEveryDecisionIsAQuestion(Path file) {
        for (FlowNode node : read(file).getModelElementsByType(FlowNode.class)) {
            boolean mergeGateway = node instanceof Gateway && node.getOutgoing().size() == 1;
            boolean splitGateway = node instanceof Gateway && node.getOutgoing().size() > 1
                    && node.getIncoming().size() == 1 && !isExclusive(node);
            if (!mergeGateway && !splitGateway) {
                assertThat(node.getName()).as(node.getId()).isNotBlank();
            }
            if (node instanceof Gateway && isExclusive(node) && node.getOutgoing().size() > 1) {
                assertThat(node.getName()).as(node.getId()).endsWith("?");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void idsCarryTheirTypesPrefix(Path file) {
        BpmnModelInstance model = read(file);
        PREFIXES.forEach((type, prefix) -> assertThat(ids(model.getModelElementsByType(type)))
                .as(type.getSimpleName()).allMatch(id -> id.startsWith(prefix)));
    }

    @ParameterizedTest
    @MethodSource("models")
    void noScriptsAndDelegatesOnlyByDelegateExpression(Path file) {
        BpmnModelInstance model = read(file);
        assertThat(model.getModelElementsByType(ScriptTask.class)).isEmpty();
        assertThat(model.getModelElementsByType(CamundaScript.class)).isEmpty();
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            assertThat(task.getCamundaDelegateExpression()).as(task.getId()).matches("\\$\\{[a-zA-Z]+}");
            assertThat(task.getCamundaClass()).as(task.getId()).isNull();
            assertThat(task.getCamundaExpression()).as(task.getId()).isNull();
        }
        for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
            assertThat(listener.getCamundaDelegateExpression()).matches("\\$\\{[a-zA-Z]+}");
        }
        for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
            assertThat(listener.getCamundaDelegateExpression()).matches("\\$\\{[a-zA-Z]+}");
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (flow.getConditionExpression() != null) {
                assertThat(flow.getConditionExpression().getLanguage()).as(flow.getId()).isNull();
            }
        }
    }

    private static boolean isExclusive(FlowNode node) {
        return node instanceof ExclusiveGateway;
    }

    private static List<String> ids(Collection<? extends BaseElement> elements) {
        return elements.stream().map(BaseElement::getId).toList();
    }

    private static BpmnModelInstance read(Path file) {
        return Bpmn.readModelFromFile(file.toFile());
    }
}
