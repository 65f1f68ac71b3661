package se.paverkansagenda.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;
import se.paverkansagenda.notification.SendMessageAgainDelegate;

/**
 * The layering of the code, in words and enforced. Shared infrastructure (the plan, process-as-code,
 * the web guard and problem responses, security, documents, mail, calendar, form rules) knows no
 * feature; the features (cycle, round, answer page, follow-up pages, workshop, reference groups, carry-forward, agenda, councils, compilation,
 * reports, stages, metrics, demo) build on it and on each other without loops.
 */
class ArchitectureTest {

    static final String[] INFRASTRUCTURE = {"..plan..", "..process..", "..web..", "..security..", "..document..",
            "..notification..", "..deadline..", "..form..", "..history..", "..cluster.."};
    static final String[] FEATURES = {"..cycle..", "..round..", "..link..", "..answer..", "..followup..",
            "..workshop..", "..agenda..", "..council..", "..compilation..", "..report..", "..stage..", "..metrics..",
            "..demo..", "..revision..", "..refgroup..", "..carryforward.."};

    static final JavaClasses APPLICATION = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.paverkansagenda");

    @Test
    void noPackageCycles() {
        slices().matching("se.paverkansagenda.(*)..").should().beFreeOfCycles()
                .check(APPLICATION);
    }

    @Test
    void infrastructureKnowsNoFeature() {
        noClasses().that().resideInAnyPackage(INFRASTRUCTURE)
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .because("mail, documents, web guards, security and the plan serve every feature and know none")
                .check(APPLICATION);
    }

    @Test
    void planIsPlainJava() {
        noClasses().that().resideInAPackage("se.paverkansagenda.plan..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.camunda..", "jakarta..")
                .because("a plan is read and checked without a running application or engine")
                .check(APPLICATION);
    }

    @Test
    void processIsProcessAsCodeOnly() {
        classes().that().resideInAPackage("se.paverkansagenda.process..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.camunda..", "se.paverkansagenda.process..",
                        "se.paverkansagenda.plan..")
                .because("the process classes hold keys, element ids, messages and typed variables, nothing else")
                .check(APPLICATION);
    }

    @Test
    void processGlueLivesWithItsFeature() {
        classes()
                .that().implement(JavaDelegate.class).or().implement(TaskListener.class).or().implement(ExecutionListener.class)
                .should().resideInAnyPackage(FEATURES).orShould().be(SendMessageAgainDelegate.class)
                .because("each feature owns its delegates and task listeners; the outbox owns only the job that sends"
                        + " again a message a request could not send")
                .check(APPLICATION);
    }

    @Test
    void nothingImportsAnotherPackagesController() {
        classes()
                .that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should(onlyBeUsedInTheirOwnPackage())
                .because("controllers are entry points; what they share belongs in a service")
                .check(APPLICATION);
    }

    private static ArchCondition<JavaClass> onlyBeUsedInTheirOwnPackage() {
        return new ArchCondition<>("only be used by classes of their own package") {
            @Override
            public void check(JavaClass controller, ConditionEvents events) {
                for (Dependency dependency : controller.getDirectDependenciesToSelf()) {
                    JavaClass user = dependency.getOriginClass();
                    if (!user.getPackageName().equals(controller.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
