package se.paverkansagenda.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;
import se.paverkansagenda.agenda.AdoptionRules;
import se.paverkansagenda.agenda.AgendaRules;
import se.paverkansagenda.council.RsrTreatmentRules;
import se.paverkansagenda.cycle.DraftPmRules;
import se.paverkansagenda.cycle.PresidiumReviewRules;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.carryforward.FollowUpRules;
import se.paverkansagenda.refgroup.ReferenceGroupRules;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.process.ProcessVariable;
import se.paverkansagenda.workshop.WorkshopRules;

/** Every Camunda Form in {@code bpmn/} against the BPMN files that use it and the form-js of Tasklist 7.24. */
class TaskFormsTest {

    private static final Path BPMN_DIR = Path.of("bpmn");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Camunda 7.24's Tasklist renders Camunda Forms with form-js 1.8.7, whose schema version is 16. */
    private static final int FORM_JS_SCHEMA_VERSION = 16;
    /** The component types form-js 1.8.7 renders. */
    private static final Set<String> FORM_JS_TYPES = Set.of("text", "html", "image", "table", "iframe", "spacer",
            "separator", "button", "expression", "group", "dynamiclist", "textfield", "textarea", "number",
            "datetime", "checkbox", "checklist", "radio", "select", "taglist");
    /** The types a person fills in. */
    private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "datetime", "checkbox",
            "checklist", "radio", "select", "taglist");
    private static final Set<String> CONTAINER_TYPES = Set.of("group", "dynamiclist");
    /** The labels form-js gives new components: one still in a form was never translated. */
    private static final Set<String> FORM_JS_DEFAULT_LABELS = Set.of("Text field", "Text area", "Number", "Checkbox",
            "Checkbox group", "Checklist", "Radio group", "Radio", "Select", "Tag list", "Taglist", "Date time", "Date",
            "Time", "Group", "Dynamic list", "Value", "Label");
    private static final Pattern CAMEL_CASE = Pattern.compile("[a-z][a-zA-Z0-9]*");
    /** A gateway condition that compares one variable with one value: {@code ${presidiumDecision == 'APPROVE'}}. */
    private static final Pattern EQUALS_CONDITION = Pattern.compile("\\$\\{\\s*(\\w+)\\s*==\\s*'([^']*)'\\s*}");
    /** The variables the cycle starts with that forms may use as options. */
    private static final Set<String> OPTIONS_VARIABLES = Set.of(AgendaProcess.RUS_AREA_OPTIONS.name(),
            AgendaProcess.RSR_MEMBER_OPTIONS.name(), AgendaProcess.PRESIDIUM_MEMBER_OPTIONS.name(),
            AgendaProcess.ADOPTION_MEMBER_OPTIONS.name());

    /** The user tasks with rules in Java: their complete listener and the form fields the rules read. */
    private static final Map<String, Rules> RULES = Map.of(
            Elements.TASK_DRAFT_PM, new Rules(DraftPmRules.class,
                    List.of(AgendaProcess.PM_TEXT, AgendaProcess.PM_DOCUMENT_URL)),
            Elements.TASK_REVIEW_PROPOSAL, new Rules(PresidiumReviewRules.class,
                    List.of(AgendaProcess.PRESIDIUM_DECISION, AgendaProcess.PRESIDIUM_COMMENT,
                            AgendaProcess.PRESIDIUM_MEETING_DATE, AgendaProcess.PRESIDIUM_PARAGRAPH,
                            AgendaProcess.PRESIDIUM_POSITION, AgendaProcess.PRESIDIUM_CONSENSUS,
                            AgendaProcess.PRESIDIUM_DISSENT_ROWS.get(0).author(), AgendaProcess.PRESIDIUM_DISSENT_ROWS.get(3).opinion(),
                            AgendaProcess.PRESIDIUM_NO_DISSENT_NOTE)),
            Elements.TASK_REGISTER_RSR_TREATMENT, new Rules(RsrTreatmentRules.class,
                    List.of(AgendaProcess.RSR_MEETING_DATE, AgendaProcess.RSR_PARAGRAPH, AgendaProcess.RSR_POSITION,
                            AgendaProcess.RSR_CONSENSUS, AgendaProcess.RSR_DISSENT_ROWS.get(0).author(),
                            AgendaProcess.RSR_DISSENT_ROWS.get(7).opinion(), AgendaProcess.RSR_NO_DISSENT_NOTE,
                            AgendaProcess.RSR_MINUTES_URL)),
            Elements.TASK_FORM_REFERENCE_GROUPS, new Rules(ReferenceGroupRules.class, List.of()),
            Elements.TASK_FOLLOW_UP_PREVIOUS_AGENDA, new Rules(FollowUpRules.class, List.of()),
            Elements.TASK_PRIORITISE_INPUT, new Rules(WorkshopRules.class, List.of()),
            Elements.TASK_WRITE_AGENDA, new Rules(AgendaRules.class, List.of()),
            Elements.TASK_REGISTER_ADOPTION, new Rules(AdoptionRules.class,
                    List.of(AgendaProcess.ADOPTION_DECISION, AgendaProcess.ADOPTION_BODY, AgendaProcess.ADOPTION_PARAGRAPH,
                            AgendaProcess.ADOPTION_DATE, AgendaProcess.ADOPTION_COMMENT, AgendaProcess.ADOPTION_POSITION,
                            AgendaProcess.ADOPTION_CONSENSUS, AgendaProcess.ADOPTION_DISSENT_ROWS.get(0).author(),
                            AgendaProcess.ADOPTION_DISSENT_ROWS.get(3).opinion(), AgendaProcess.ADOPTION_NO_DISSENT_NOTE)));

    private record Rules(Class<?> listener, List<ProcessVariable<?>> fields) {
    }

    @Test
    void everyFormIsCamundaPlatformFormJsWhoseIdIsAFormRef() {
        Set<String> formRefs = formRefs();
        Map<String, JsonNode> forms = forms();
        assertThat(forms).isNotEmpty();
        forms.forEach((file, form) -> {
            assertThat(form.path("id").asText()).as(file).isIn(formRefs).isEqualTo(file.replace(".form", ""));
            assertThat(form.path("type").asText()).as(file).isEqualTo("default");
            assertThat(form.path("executionPlatform").asText()).as(file).isEqualTo("Camunda Platform");
            assertThat(form.path("executionPlatformVersion").asText()).as(file).isEqualTo("7.24.0");
            assertThat(form.path("schemaVersion").asInt()).as(file).isEqualTo(FORM_JS_SCHEMA_VERSION);
            assertThat(form.path("components").isArray()).as(file).isTrue();
        });
    }

    @Test
    void everyFormRefInEveryBpmnHasAForm() {
        Set<String> formIds = new HashSet<>();
        forms().values().forEach(form -> formIds.add(form.path("id").asText()));
        assertThat(formRefs()).isNotEmpty().allSatisfy(ref -> assertThat(formIds).as("form for " + ref).contains(ref));
    }

    @Test
    void everyComponentIsOneFormJsRendersWithAUniqueId() {
        forms().forEach((file, form) -> {
            Set<String> ids = new HashSet<>();
            for (JsonNode component : components(form)) {
                assertThat(component.path("type").asText()).as(file + " " + component).isIn(FORM_JS_TYPES);
                assertThat(ids.add(component.path("id").asText())).as(file + " unique id " + component.path("id"))
                        .isTrue();
            }
        });
    }

    /**
     * form-js 1.8.7 records an error entry for every edit of a field in a dynamic list, even a valid one,
     * and Tasklist then keeps the form from being sent: the forms use rows of fields instead.
     */
    @Test
    void noFormUsesADynamicList() {
        forms().forEach((file, form) -> assertThat(components(form))
                .as(file).noneMatch(component -> "dynamiclist".equals(component.path("type").asText())));
    }

    @Test
    void everyInputHasASwedishLabelAndAnEnglishCamelCaseKeyUniqueInItsScope() {
        forms().forEach((file, form) -> checkInputs(file, form.path("components")));
    }

    private static void checkInputs(String file, JsonNode siblings) {
        checkInputs(file, siblings, new HashSet<>());
    }

    /** A container with a path is a scope of its own; a group without one puts its fields in its parent's. */
    private static void checkInputs(String file, JsonNode siblings, Set<String> keys) {
        for (JsonNode component : siblings) {
            String type = component.path("type").asText();
            String where = file + " " + component.path("id").asText();
            if (CONTAINER_TYPES.contains(type) && !component.has("path")) {
                checkLabel(where, component.path("label").asText(), component.path("id").asText());
                checkInputs(file, component.path("components"), keys);
            } else if (CONTAINER_TYPES.contains(type)) {
                assertThat(keys.add(component.path("path").asText())).as(where + " unique path").isTrue();
                checkLabel(where, component.path("label").asText(), component.path("path").asText());
                checkInputs(file, component.path("components"));
            } else if (INPUT_TYPES.contains(type)) {
                String key = component.path("key").asText();
                assertThat(key).as(where + " key").matches(CAMEL_CASE);
                assertThat(keys.add(key)).as(where + " unique key " + key).isTrue();
                String label = component.path(type.equals("datetime") ? "dateLabel" : "label").asText();
                checkLabel(where, label, key);
                component.path("values").forEach(option -> checkLabel(where, option.path("label").asText(),
                        option.path("value").asText()));
                if (component.has("valuesKey")) {
                    assertThat(component.path("valuesKey").asText()).as(where).isIn(OPTIONS_VARIABLES);
                }
            }
        }
    }

    private static void checkLabel(String where, String label, String key) {
        assertThat(label).as(where + " label").isNotBlank().isNotEqualTo(key).isNotIn(FORM_JS_DEFAULT_LABELS);
    }

    @Test
    void theDecisionFieldsOfferExactlyTheValuesTheGatewaysTest() {
        String[] decisions = {AgendaProcess.PRESIDIUM_DECISION.name(), AgendaProcess.ADOPTION_DECISION.name()};
        Map<String, Set<String>> tested = conditionValues();
        assertThat(tested).containsKeys(decisions);

        Set<String> checked = new TreeSet<>();
        forms().forEach((file, form) -> {
            for (JsonNode component : form.path("components")) {
                String key = component.path("key").asText();
                if (!tested.containsKey(key)) {
                    continue;
                }
                Set<String> offered = new TreeSet<>();
                component.path("values").forEach(option -> offered.add(option.path("value").asText()));
                assertThat(component.path("type").asText()).as(file + " " + key).isIn("radio", "select");
                assertThat(component.path("validate").path("required").asBoolean()).as(file + " " + key).isTrue();
                assertThat(offered).as(file + " " + key).isEqualTo(tested.get(key));
                checked.add(key);
            }
        });
        assertThat(checked).contains(decisions);
    }

    @Test
    void theTasksWithRulesHaveTheirCompleteListenerAndTheFieldsTheRulesRead() {
        BpmnModelInstance model = Bpmn.readModelFromFile(BPMN_DIR.resolve(AgendaProcess.BPMN_RESOURCE).toFile());
        Map<String, JsonNode> formsById = new TreeMap<>();
        forms().values().forEach(form -> formsById.put(form.path("id").asText(), form));

        RULES.forEach((taskId, rules) -> {
            UserTask task = model.getModelElementById(taskId);
            String bean = rules.listener().getAnnotation(Component.class).value();
            assertThat(task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list())
                    .as(taskId).anySatisfy(listener -> {
                        assertThat(listener.getCamundaEvent()).isEqualTo("complete");
                        assertThat(listener.getCamundaDelegateExpression()).isEqualTo("${" + bean + "}");
                    });
            Set<String> fields = new HashSet<>();
            for (JsonNode component : components(formsById.get(task.getCamundaFormRef()))) {
                fields.add(component.path(component.has("path") ? "path" : "key").asText());
            }
            rules.fields().forEach(field -> assertThat(fields).as(taskId).contains(field.name()));
        });
    }

    @Test
    void theServersContractOfEveryFormHasExactlyItsInputs() {
        Map<String, FormContract> contracts = FormContracts.load().all();
        Map<String, JsonNode> forms = forms();
        assertThat(contracts).hasSameSizeAs(forms);
        forms.values().forEach(form -> {
            String id = form.path("id").asText();
            Set<String> inputs = new TreeSet<>();
            for (JsonNode component : components(form)) {
                String type = component.path("type").asText();
                if (INPUT_TYPES.contains(type)) {
                    inputs.add(component.path("key").asText());
                } else if (type.equals("dynamiclist")) {
                    inputs.add(component.path("path").asText());
                }
            }
            assertThat(contracts.get(id).fields().keySet()).as(id).isEqualTo(inputs);
            contracts.get(id).fields().values().forEach(field -> {
                JsonNode component = componentOf(form, field.key());
                assertThat(field.required()).as(id + " " + field.key())
                        .isEqualTo(component.path("validate").path("required").asBoolean(false));
            });
        });
    }

    @Test
    void theContractReadsValuesPatternsLengthsAndRowsFromTheForm() {
        Map<String, FormContract> contracts = FormContracts.load().all();
        FormField kind = contracts.get("DraftPm").field(AgendaProcess.PM_TEXT.name()).orElseThrow();
        assertThat(kind.kind()).isEqualTo(FormField.Kind.TEXT);
        FormField title = contracts.get("DraftPm").field("pmTitle").orElseThrow();
        assertThat(title.required()).isTrue();
        assertThat(title.maxLength()).contains(200);
        assertThat(contracts.get("DraftPm").field("pmItemKind").orElseThrow().values())
                .containsExactlyInAnyOrder("INFORMATION", "POSITION");
        assertThat(contracts.get("DraftPm").field("pmRusAreas").orElseThrow().valuesKey())
                .contains(AgendaProcess.RUS_AREA_OPTIONS.name());
        assertThat(contracts.get("RegisterAdoption").field(AgendaProcess.ADOPTION_PARAGRAPH.name()).orElseThrow().pattern())
                .hasValueSatisfying(pattern -> assertThat(pattern.matcher("fyrtiofem").find()).isFalse());
        assertThat(contracts.get("RegisterAdoption").field(AgendaProcess.ADOPTION_DATE.name()).orElseThrow().kind())
                .isEqualTo(FormField.Kind.DATE);
        // fields inside groups are the form's too
        assertThat(contracts.get("RegisterRsrTreatment").fields()).containsKeys("rsrDissent1Author", "rsrDissent8Opinion");
        // a dissent is chosen among the council's members, the options the cycle starts with
        FormField rsrDissent = contracts.get("RegisterRsrTreatment").field("rsrDissent1Author").orElseThrow();
        assertThat(rsrDissent.kind()).isEqualTo(FormField.Kind.CHOICE);
        assertThat(rsrDissent.valuesKey()).contains(AgendaProcess.RSR_MEMBER_OPTIONS.name());
        assertThat(contracts.get("ReviewProposal").field("presidiumDissent4Author").orElseThrow().valuesKey())
                .contains(AgendaProcess.PRESIDIUM_MEMBER_OPTIONS.name());
        assertThat(contracts.get("RegisterAdoption").field("adoptionDissent1Author").orElseThrow().valuesKey())
                .contains(AgendaProcess.ADOPTION_MEMBER_OPTIONS.name());
    }

    /** The presidium's decision is recorded by the councils' rules after the review's own. */
    @Test
    void thePresidiumsReviewRecordsItsDecisionAfterItsOwnRules() {
        BpmnModelInstance model = Bpmn.readModelFromFile(BPMN_DIR.resolve(AgendaProcess.BPMN_RESOURCE).toFile());
        UserTask review = model.getModelElementById(Elements.TASK_REVIEW_PROPOSAL);
        assertThat(review.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list())
                .filteredOn(listener -> "complete".equals(listener.getCamundaEvent()))
                .extracting(CamundaTaskListener::getCamundaDelegateExpression)
                .containsExactly("${presidiumReviewRules}", "${councilDecisionRules}");
    }

    /** The forms have no dynamic list today; the contract reads one as rows of its own fields all the same. */
    @Test
    void aDynamicListIsReadAsRowsOfItsFields() throws Exception {
        FormContract contract = FormContract.of(JSON.readTree("""
                {"id": "Rows", "components": [{"type": "dynamiclist", "path": "dissents", "label": "Avvikande synpunkter",
                  "components": [
                    {"type": "textfield", "key": "organisation", "label": "Organisation", "validate": {"required": true}},
                    {"type": "textarea", "key": "opinion", "label": "Synpunkt", "validate": {"maxLength": 5}}]}]}
                """));
        FormField dissents = contract.field("dissents").orElseThrow();
        assertThat(dissents.kind()).isEqualTo(FormField.Kind.ROWS);
        assertThat(dissents.rowFields()).extracting(FormField::key).containsExactly("organisation", "opinion");

        assertThat(contract.checkChange("Uppgift", Map.of("dissents",
                SpinValues.jsonValue("[{\"organisation\": \"Berg\", \"opinion\": \"Nej\"}]").create()), List.of(),
                name -> null)).isEmpty();
        assertThatThrownBy(() -> contract.checkChange("Uppgift", Map.of("dissents",
                SpinValues.jsonValue("[{\"organisation\": \"Berg\"}, {\"opinion\": \"Nej\"}]").create()), List.of(),
                name -> null)).isInstanceOf(FormRuleViolation.class)
                .hasMessage("Rad 2 i ”Avvikande synpunkter” (dissents): fyll i ”Organisation” (organisation).");
        assertThatThrownBy(() -> contract.checkChange("Uppgift", Map.of("dissents",
                SpinValues.jsonValue("[{\"organisation\": \"Berg\", \"color\": \"blå\"}]").create()), List.of(),
                name -> null)).isInstanceOf(FormRuleViolation.class).hasMessageContaining("”color” är inget fält i listan");
        assertThatThrownBy(() -> contract.checkChange("Uppgift", Map.of("dissents",
                SpinValues.jsonValue("[{\"organisation\": \"Berg\", \"opinion\": \"Alldeles för lång\"}]").create()),
                List.of(), name -> null)).isInstanceOf(FormRuleViolation.class)
                .hasMessage("Rad 1 i ”Avvikande synpunkter” (dissents): ”Synpunkt” (opinion) får vara högst 5 tecken.");
    }

    /** A form field for one of these would let a person set what only the process may. */
    @Test
    void noFormSetsAVariableTheProcessOwns() {
        Set<String> owned = new TreeSet<>();
        for (Step step : Step.values()) {
            owned.add(AgendaProcess.startOf(step).name());
            owned.add(AgendaProcess.dueOf(step).name());
        }
        List.of(AgendaProcess.CYCLE_KEY, AgendaProcess.PRIORITISED_ISSUES, AgendaProcess.AGENDA_VERSION,
                AgendaProcess.RUS_AREA_OPTIONS, AgendaProcess.RSR_MEMBER_OPTIONS, AgendaProcess.PRESIDIUM_MEMBER_OPTIONS,
                AgendaProcess.ADOPTION_MEMBER_OPTIONS, AgendaProcess.PRIORITISED_ISSUE_CAP, AgendaProcess.STEERING_REPORT_CYCLE,
                AgendaProcess.INPUT_COMPILATION_DOCUMENTS, AgendaProcess.CONSULTATION_COMPILATION_DOCUMENTS)
                .forEach(variable -> owned.add(variable.name()));
        FormContracts.load().all().forEach((id, contract) ->
                assertThat(contract.fields().keySet()).as(id).doesNotContainAnyElementsOf(owned));
    }

    private static JsonNode componentOf(JsonNode form, String key) {
        for (JsonNode component : components(form)) {
            if (key.equals(component.path("key").asText()) || key.equals(component.path("path").asText())) {
                return component;
            }
        }
        throw new AssertionError(key);
    }

    /** Variable to the values that conditions of the form {@code ${variable == 'VALUE'}} compare it with. */
    private static Map<String, Set<String>> conditionValues() {
        Map<String, Set<String>> values = new TreeMap<>();
        for (BpmnModelInstance model : models()) {
            for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                if (flow.getConditionExpression() == null) {
                    continue;
                }
                Matcher condition = EQUALS_CONDITION.matcher(flow.getConditionExpression().getTextContent().trim());
                if (condition.matches()) {
                    values.computeIfAbsent(condition.group(1), key -> new TreeSet<>()).add(condition.group(2));
                }
            }
        }
        return values;
    }

    private static Set<String> formRefs() {
        Set<String> refs = new TreeSet<>();
        for (BpmnModelInstance model : models()) {
            model.getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaFormRef)
                    .filter(Objects::nonNull).forEach(refs::add);
            model.getModelElementsByType(StartEvent.class).stream().map(StartEvent::getCamundaFormRef)
                    .filter(Objects::nonNull).forEach(refs::add);
        }
        return refs;
    }

    private static List<BpmnModelInstance> models() {
        return files(".bpmn").stream().map(file -> Bpmn.readModelFromFile(file.toFile())).toList();
    }

    /** File name to parsed form; a file that is not JSON fails here with its name. */
    private static Map<String, JsonNode> forms() {
        Map<String, JsonNode> forms = new TreeMap<>();
        for (Path file : files(".form")) {
            try {
                forms.put(file.getFileName().toString(), JSON.readTree(file.toFile()));
            } catch (IOException e) {
                throw new AssertionError(file + " is not valid JSON: " + e.getMessage(), e);
            }
        }
        return forms;
    }

    /** Every component of a form, those inside groups and dynamic lists too. */
    private static List<JsonNode> components(JsonNode form) {
        List<JsonNode> all = new ArrayList<>();
        addComponents(form.path("components"), all);
        return all;
    }

    private static void addComponents(JsonNode components, List<JsonNode> all) {
        for (JsonNode component : components) {
            all.add(component);
            addComponents(component.path("components"), all);
        }
    }

    private static List<Path> files(String suffix) {
        try (Stream<Path> files = Files.list(BPMN_DIR)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
