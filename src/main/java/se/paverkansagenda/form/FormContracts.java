package se.paverkansagenda.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The contracts of the Camunda Forms. A task is held to the form the engine deployed for it, the one
 * Tasklist renders: read from the deployment ({@code formRefBinding="deployment"}, or the latest form
 * of its key) and kept per deployed form. The {@code .form} files on the class path, the ones the
 * application deploys, are read at start as well, for a task whose form the engine cannot find.
 */
public final class FormContracts {

    /** As the engine finds the forms it deploys ({@code camunda.bpm.deployment-resource-pattern}). */
    static final String FORMS = "classpath*:**/*.form";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, FormContract> byFormId;
    private final Map<String, FormContract> byDeployedForm = new ConcurrentHashMap<>();

    FormContracts(Map<String, FormContract> byFormId) {
        this.byFormId = Map.copyOf(byFormId);
    }

    /** Every form on the class path. */
    public static FormContracts load() {
        Map<String, FormContract> contracts = new LinkedHashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(FORMS)) {
                try (InputStream in = resource.getInputStream()) {
                    JsonNode form = JSON.readTree(in);
                    FormContract contract = FormContract.of(form);
                    contracts.put(contract.formId(), contract);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the task forms", e);
        }
        return new FormContracts(contracts);
    }

    /** The contract of the task's form, or one that takes nothing for a task without a form. */
    FormContract forTask(CommandContext context, TaskEntity task) {
        TaskDefinition definition = task.getTaskDefinition();
        if (definition == null || definition.getCamundaFormDefinitionKey() == null) {
            return FormContract.none();
        }
        String key = definition.getCamundaFormDefinitionKey().getExpressionText();
        ProcessDefinitionEntity process = task.getProcessDefinition();
        CamundaFormDefinitionEntity deployed = context.runWithoutAuthorization(() ->
                "deployment".equals(definition.getCamundaFormDefinitionBinding()) && process != null
                        ? context.getCamundaFormDefinitionManager().findDefinitionByDeploymentAndKey(process.getDeploymentId(), key)
                        : context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(key));
        if (deployed == null) {
            return byFormId(key).orElse(FormContract.none());
        }
        return byDeployedForm.computeIfAbsent(deployed.getId(), id -> {
            ResourceEntity resource = context.runWithoutAuthorization(() -> context.getResourceManager()
                    .findResourceByDeploymentIdAndResourceName(deployed.getDeploymentId(), deployed.getResourceName()));
            try {
                return FormContract.of(JSON.readTree(resource.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the deployed form " + deployed.getResourceName(), e);
            }
        });
    }

    public Optional<FormContract> byFormId(String formId) {
        return Optional.ofNullable(byFormId.get(formId));
    }

    public Map<String, FormContract> all() {
        return byFormId;
    }
}
