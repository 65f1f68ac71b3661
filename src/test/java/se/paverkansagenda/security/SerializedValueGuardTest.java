package se.paverkansagenda.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.plan.DefaultPlan;

/** A serialized Java object sent as a variable's value gets 400 and a short Swedish message, and no error in the log. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SerializedValueGuardTest {

    private static final String JAVA_OBJECT = "{\"value\": \"rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0\", \"type\": \"Object\","
            + " \"valueInfo\": {\"objectTypeName\": \"java.util.ArrayList\", \"serializationDataFormat\": \"%s\"}}";

    @LocalServerPort
    int port;
    @Autowired
    CycleService cycles;
    @Autowired
    RuntimeService runtimeService;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aSerializedJavaValueIsRefusedWith400AndNothingIsLogged(CapturedOutput log) {
        ClockUtil.setCurrentTime(Timestamp.valueOf("2020-04-01 09:00:00"));
        String instance = cycles.start(DefaultPlan.yaml().replace("code: JH", "code: SER"), "processagare")
                .processInstanceId();
        ApiClient admin = ApiClient.as("admin", ApiClient.ADMIN_PASSWORD, port);
        String plain = String.format(JAVA_OBJECT, "application/x-java-serialized-object");
        String escaped = String.format(JAVA_OBJECT, "application\\u002Fx-java-serialized-object");
        int logBefore = log.getOut().length();

        HttpResponse<String> modification = admin.postJson("/engine-rest/process-instance/" + instance + "/variables",
                "{\"modifications\": {\"list\": " + plain + "}}");
        HttpResponse<String> single = admin.put("/engine-rest/process-instance/" + instance + "/variables/list", escaped);

        for (HttpResponse<String> refused : java.util.List.of(modification, single)) {
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("Serialiserade Java-objekt tas inte emot");
        }
        assertThat(runtimeService.getVariable(instance, "list")).isNull();
        assertThat(log.getOut().substring(logBefore)).doesNotContain("ERROR").doesNotContain("ENGINE-");

        assertThat(admin.put("/engine-rest/process-instance/" + instance + "/variables/note",
                "{\"value\": \"en anteckning\", \"type\": \"String\"}").statusCode()).as("other values still go").isEqualTo(204);
        runtimeService.deleteProcessInstance(instance, "test done");
    }

    @Test
    void theGuardFindsTheFormatHoweverTheJsonWritesIt() {
        assertThat(SerializedValueGuard.carriesJavaObject(String.format(JAVA_OBJECT,
                "application\\u002fx-java-serialized-object").getBytes(StandardCharsets.UTF_8), true)).isTrue();
        assertThat(SerializedValueGuard.carriesJavaObject(String.format(JAVA_OBJECT, "application/json")
                .getBytes(StandardCharsets.UTF_8), true)).isFalse();
        assertThat(SerializedValueGuard.carriesJavaObject(("--b\r\nContent-Disposition: form-data; name=\"data\"; "
                + "filename=\"x\"\r\nContent-Type: application/x-java-serialized-object\r\n\r\n\u00ac\u00ed\r\n--b--")
                .getBytes(StandardCharsets.ISO_8859_1), false)).isTrue();
    }
}
