package se.paverkansagenda.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.paverkansagenda.cycle.Step;

/** The seed plan reads as the seed says, and each rule refuses a plan that breaks it, naming the field. */
class PlanParserTest {

    private static final String SEED = DefaultPlan.yaml();

    @Test
    void theSeedPlanReadsWithEveryDateOfTheImplementationPlan() {
        Plan plan = PlanParser.parse(SEED);

        assertThat(plan.businessKey()).isEqualTo("PA-JH-2020");
        assertThat(plan.steps()).hasSize(12);
        assertThat(plan.datesOf(Step.DRAFT_PM)).isEqualTo(new StepDates(day("2020-04-07"), day("2020-04-24")));
        assertThat(plan.datesOf(Step.SEND_PLAN_TO_RSR)).isEqualTo(StepDates.on(day("2020-04-27")));
        assertThat(plan.datesOf(Step.INPUT_ROUND)).isEqualTo(new StepDates(day("2020-05-08"), day("2020-10-02")));
        assertThat(plan.datesOf(Step.WORKSHOP)).isEqualTo(StepDates.on(day("2020-11-09")));
        assertThat(plan.datesOf(Step.CONSULTATION)).isEqualTo(new StepDates(day("2020-12-19"), day("2021-01-29")));
        assertThat(plan.datesOf(Step.ADOPTION)).isEqualTo(new StepDates(day("2021-01-01"), day("2021-03-31")));
        assertThat(plan.municipalities()).extracting(Plan.Municipality::code)
                .containsExactly("2303", "2305", "2309", "2313", "2321", "2326", "2361", "2380");
        assertThat(plan.organisations()).hasSize(19);
        assertThat(plan.rusAreas()).extracting(Plan.RusArea::name)
                .contains("Näringsliv, innovation och företagande");
        assertThat(plan.prioritisedIssueCap()).isEqualTo(10);
        assertThat(plan.reminders().businessDaysBeforeDeadline()).containsExactly(10, 3);
    }

    @Test
    void aPlanForAnotherCountyReads() {
        String vasternorrland = seedWithMunicipalities("""
                  - { code: "2260", name: Ånge, email: kommun@ange.example }
                  - { code: "2262", name: Timrå, email: kommun@timra.example }
                  - { code: "2280", name: Härnösand, email: kommun@harnosand.example }
                  - { code: "2281", name: Sundsvall, email: kommun@sundsvall.example }
                  - { code: "2282", name: Kramfors, email: kommun@kramfors.example }
                  - { code: "2283", name: Sollefteå, email: kommun@solleftea.example }
                  - { code: "2284", name: Örnsköldsvik, email: kommun@ornskoldsvik.example }
                """).replace("code: JH", "code: Y");

        assertThat(PlanParser.parse(vasternorrland).businessKey()).isEqualTo("PA-Y-2020");
    }

    @Test
    void textThatIsNotYamlIsRefused() {
        assertRefused("region: [unclosed", "inte giltig YAML");
    }

    @Test
    void aMissingStepIsNamed() {
        assertRefused(SEED.replaceAll("(?m)^  ADOPTION:.*$", ""), "steps.ADOPTION", "saknas");
    }

    @Test
    void anUnknownStepIsNamed() {
        assertRefused(SEED.replace("  WORKSHOP:", "  HACKATHON:"), "steps.HACKATHON", "okänt steg");
    }

    @Test
    void anEndBeforeItsStartIsRefused() {
        assertRefused(SEED.replace("end: 2020-04-24", "end: 2020-04-01"), "steps.DRAFT_PM.end", "före startdatum");
    }

    @Test
    void aStepWithBothADateAndAPeriodIsRefused() {
        assertRefused(SEED.replace("{ date: 2020-04-27 }", "{ date: 2020-04-27, start: 2020-04-27 }"),
                "steps.SEND_PLAN_TO_RSR", "antingen date eller start och end");
    }

    @Test
    void aDateThatIsNoDateIsRefused() {
        assertRefused(SEED.replace("{ date: 2020-04-30 }", "{ date: 30 april }"),
                "steps.PRESIDIUM_REVIEW.date", "inget datum");
    }

    @Test
    void stepsOutOfTheSeedsOrderAreRefused() {
        assertRefused(SEED.replace("RSR_TREATMENT:           { date: 2020-05-04 }",
                "RSR_TREATMENT:           { date: 2020-04-29 }"), "steps.RSR_TREATMENT", "före steg 3");
    }

    @Test
    void aDuplicateMunicipalityCodeIsRefused() {
        assertRefused(SEED.replace("code: \"2305\", name: Bräcke", "code: \"2303\", name: Ragunda"),
                "municipalities[1].code", "mer än en gång");
    }

    @Test
    void anUnknownMunicipalityCodeIsRefused() {
        assertRefused(SEED.replace("code: \"2326\", name: Berg", "code: \"2399\", name: Berg"),
                "municipalities[5].code", "okänd kommunkod 2399");
    }

    @Test
    void aMalformedMunicipalityCodeIsRefused() {
        assertRefused(SEED.replace("code: \"2326\"", "code: \"23A6\""), "municipalities[5].code", "fyra siffror");
    }

    @Test
    void aCodeGivenWithAnotherMunicipalitysNameIsRefused() {
        assertRefused(SEED.replace("name: Östersund", "name: Åre"), "municipalities[7].name", "2380 är Östersund");
    }

    @Test
    void malformedEmailAddressesAreRefusedWhereverTheyStand() {
        String plan = SEED.replace("registrator@krokom.example", "krokom.example")
                .replace("registrator@sametinget.example", "registrator@sametinget")
                .replace("utvecklingsdirektor@regionjh.example", "utvecklingsdirektör");

        List<String> violations = violationsOf(plan);

        assertThat(violations).anyMatch(v -> v.startsWith("municipalities[2].email") && v.contains("ingen giltig"));
        assertThat(violations).anyMatch(v -> v.startsWith("organisations[5].email"));
        assertThat(violations).anyMatch(v -> v.startsWith("contacts.processOwner"));
    }

    @Test
    void anEmptyMunicipalityListIsRefused() {
        assertRefused(seedWithMunicipalities("  []\n").replace("municipalities:\n  []", "municipalities: []"),
                "municipalities", "tom");
    }

    @Test
    void aDuplicateOrganisationAndRusAreaAreRefused() {
        List<String> violations = violationsOf(SEED.replace("name: Torsta,", "name: Almi,")
                .replace("code: RUS-2,", "code: RUS-1,"));

        assertThat(violations).anyMatch(v -> v.startsWith("organisations[12].name") && v.contains("mer än en gång"));
        assertThat(violations).anyMatch(v -> v.startsWith("rusAreas[1].code") && v.contains("mer än en gång"));
    }

    @Test
    void aCapThatIsNotAPositiveNumberIsRefused() {
        assertRefused(SEED.replace("prioritisedIssueCap: 10", "prioritisedIssueCap: 0"), "prioritisedIssueCap");
        assertRefused(SEED.replace("prioritisedIssueCap: 10", "prioritisedIssueCap: tio"), "prioritisedIssueCap");
    }

    @Test
    void missingRemindersAndYearAreRefused() {
        assertRefused(SEED.replace("  businessDaysBeforeDeadline: [10, 3]", "  businessDaysBeforeDeadline: ~"),
                "reminders.businessDaysBeforeDeadline", "saknas");
        assertRefused(SEED.replace("year: 2020", ""), "year", "saknas");
    }

    @Test
    void anUnknownFieldIsRefused() {
        assertRefused(SEED + "budget: 100000\n", "budget", "okänt fält");
    }

    @Test
    void anUnquotedCommaInANameIsPointedOut() {
        assertRefused(SEED.replace("name: \"Näringsliv, innovation och företagande\"",
                "name: Näringsliv, innovation och företagande"), "rusAreas[2].innovation och företagande",
                "okänt fält", "citattecken");
    }

    @Test
    void everyProblemOfAPlanIsReportedAtOnce() {
        String plan = SEED.replace("end: 2020-04-24", "end: 2020-04-01")
                .replace("code: \"2326\"", "code: \"2399\"")
                .replace("prioritisedIssueCap: 10", "prioritisedIssueCap: 0");

        assertThat(violationsOf(plan)).hasSize(3);
    }

    private static String seedWithMunicipalities(String municipalities) {
        int from = SEED.indexOf("municipalities:");
        int to = SEED.indexOf("organisations:");
        return SEED.substring(0, from) + "municipalities:\n" + municipalities + SEED.substring(to);
    }

    private static void assertRefused(String plan, String... fragments) {
        assertThat(violationsOf(plan)).anySatisfy(violation -> assertThat(violation).contains(fragments));
    }

    private static List<String> violationsOf(String plan) {
        Throwable thrown = catchThrowable(() -> PlanParser.parse(plan));
        assertThat(thrown).isInstanceOf(InvalidPlanException.class);
        return ((InvalidPlanException) thrown).violations();
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
