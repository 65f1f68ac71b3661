package se.paverkansagenda.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * A plan whose municipalities are the first ones of Sweden's register (all 290 at most), under a
 * region code of its own so that several such cycles can run side by side.
 */
public final class PlanWithMunicipalities {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private PlanWithMunicipalities() {
    }

    public static String every(String planYaml, String regionCode) {
        return first(MunicipalityRegister.sweden().all().size(), planYaml, regionCode);
    }

    public static String first(int count, String planYaml, String regionCode) {
        try {
            ObjectNode plan = (ObjectNode) YAML.readTree(planYaml);
            ((ObjectNode) plan.get("region")).put("code", regionCode);
            ArrayNode municipalities = plan.putArray("municipalities");
            MunicipalityRegister.sweden().all().entrySet().stream().limit(count)
                    .forEach(municipality -> municipalities.addObject()
                            .put("code", municipality.getKey())
                            .put("name", municipality.getValue())
                            .put("email", "registrator@k" + municipality.getKey() + ".example"));
            return YAML.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a plan", e);
        }
    }
}
