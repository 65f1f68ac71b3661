package se.paverkansagenda.process;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The models of {@code bpmn/} on an engine of their own, without Spring: in-memory H2, no job executor
 * (the tests run each due job themselves, with the engine's clock), full history. Every bean a model
 * names in a {@code ${bean}} expression is a {@link RecordingBean} that only records its calls, and the
 * collection of a round's call activity is {@link TestRecipients}: the paths are tested, not the work.
 */
final class IsolatedProcessEngine {

    static final Path MODELS = Path.of("bpmn");
    private static final Pattern BEAN = Pattern.compile("\\$\\{([a-zA-Z]+)}");

    static final Calls CALLS = new Calls();
    static final TestRecipients RECIPIENTS = new TestRecipients(CALLS);
    static final TestReminders REMINDERS = new TestReminders(CALLS);
    /** The one engine of the isolated process tests, built and deployed when first used. */
    static final ProcessEngine ENGINE = build();

    private IsolatedProcessEngine() {
    }

    /**
     * Camunda's JUnit 5 extension on this engine (the clock is reset after each test). The engine serves
     * every test class of the run, so its services stay after each class instead of being cleared.
     */
    static final class Extension extends ProcessEngineExtension {

        Extension() {
            useProcessEngine(ENGINE);
            build();
        }

        @Override
        public void afterAll(ExtensionContext context) {
            // the engine and its services outlive the class
        }
    }

    private static ProcessEngine build() {
        Map<Object, Object> beans = new HashMap<>();
        for (String bean : beanNames()) {
            beans.put(bean, new RecordingBean(bean, CALLS));
        }
        beans.put(TestRecipients.BEAN, RECIPIENTS);
        beans.put(TestReminders.BEAN, REMINDERS);

        ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("isolatedProcessPaths");
        configuration.setJdbcUrl("jdbc:h2:mem:isolated-process-paths;DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate("create-drop");
        configuration.setJobExecutorActivate(false);
        configuration.setHistory(ProcessEngineConfigurationImpl.HISTORY_FULL);
        configuration.setMetricsEnabled(false);
        configuration.setDbMetricsReporterActivate(false);
        configuration.setBeans(beans);
        ProcessEngine built = configuration.buildProcessEngine();
        // out of the engines' registry, so that the application's REST API and web apps, in the same test JVM,
        // never see it; the tests and their assertions are given it directly
        ProcessEngines.unregister(built);

        DeploymentBuilder deployment = built.getRepositoryService().createDeployment().name("bpmn");
        for (Path file : files()) {
            try {
                deployment.addInputStream(file.getFileName().toString(), new ByteArrayInputStream(Files.readAllBytes(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        deployment.deploy();
        return built;
    }

    /** Every model of {@code bpmn/}. */
    static List<Path> models() {
        return files().stream().filter(f -> f.toString().endsWith(".bpmn")).toList();
    }

    /** The models and the forms their user tasks reference. */
    private static List<Path> files() {
        try (Stream<Path> files = Files.list(MODELS)) {
            return files.filter(f -> f.toString().endsWith(".bpmn") || f.toString().endsWith(".form")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The beans the models call as delegates and listeners, each {@code ${name}}. */
    private static Set<String> beanNames() {
        Set<String> expressions = new TreeSet<>();
        for (Path model : models()) {
            BpmnModelInstance instance = Bpmn.readModelFromFile(model.toFile());
            instance.getModelElementsByType(ServiceTask.class)
                    .forEach(task -> expressions.add(task.getCamundaDelegateExpression()));
            instance.getModelElementsByType(CamundaTaskListener.class)
                    .forEach(listener -> expressions.add(listener.getCamundaDelegateExpression()));
            instance.getModelElementsByType(CamundaExecutionListener.class)
                    .forEach(listener -> expressions.add(listener.getCamundaDelegateExpression()));
        }
        Set<String> names = new TreeSet<>();
        for (String expression : expressions) {
            Matcher matcher = BEAN.matcher(expression);
            if (!matcher.matches()) {
                throw new IllegalStateException("Not a bean expression: " + expression);
            }
            names.add(matcher.group(1));
        }
        return names;
    }
}
