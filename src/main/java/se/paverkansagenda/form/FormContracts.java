package se.paverkansagenda.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The contract of every Camunda Form the application deploys, by form id: read from the same
 * {@code .form} files ({@code bpmn/} in the sources, on the class path's root) that the engine deploys
 * and Tasklist renders.
 */
public final class FormContracts {

    /** As the engine finds the forms it deploys ({@code camunda.bpm.deployment-resource-pattern}). */
    static final String FORMS = "classpath*:**/*.form";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, FormContract> byFormId;

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

    public Optional<FormContract> byFormId(String formId) {
        return Optional.ofNullable(byFormId.get(formId));
    }

    public Map<String, FormContract> all() {
        return byFormId;
    }
}
