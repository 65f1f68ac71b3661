package se.paverkansagenda.plan;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed plan reads as the implementation plan dates it, and each rule refuses a plan that breaks
 * it with one message that starts with the field's path.
 */
class PlanParserTest {

    private static final String SEED = DefaultPlan.yaml();

    @Test
    void theSeedPlanReadsWithEveryDateOfTheImplementationPlan() {
        Plan plan = PlanParser.parse(SEED);

        assertThat(plan.businessKey()).isEqualTo("PA-JH-2020");
        assertThat(plan.region().name()).isEqualTo("Region Jämtland Härjedalen");
        assertThat(plan.steps()).containsExactly(
                entry(Step.DRAFT_PM, period("2020-04-07", "2020-04-24")),
                entry(Step.SEND_PLAN_TO_RSR, day("2020-04-27")),
                entry(Step.PRESIDIUM_REVIEW, day("2020-04-30")),
                entry(Step.RSR_TREATMENT, day("2020-05-04")),
                entry(Step.INPUT_ROUND, period("2020-05-08", "2020-10-02")),
                entry(Step.COMPILE_INPUT, period("2020-10-05", "2020-10-29")),
                entry(Step.SEND_COMPILATION_TO_RSR, day("2020-10-30")),
                entry(Step.WORKSHOP, day("2020-11-09")),
                entry(Step.WRITE_AGENDA, period("2020-11-09", "2020-12-19")),
                entry(Step.INFORM_PARTNERSHIP, day("2020-11-27")),
                entry(Step.CONSULTATION, period("2020-12-19", "2021-01-29")),
                entry(Step.ADOPTION, period("2021-01-01", "2021-03-31")));
        assertThat(plan.datesOf(Step.SEND_PLAN_TO_RSR).singleDay()).isTrue();
        assertThat(plan.municipalities()).extracting(municipality -> municipality.code() + " " + municipality.name())
                .containsExactly("2303 Ragunda", "2305 Bräcke", "2309 Krokom", "2313 Strömsund",
                        "2321 Åre", "2326 Berg", "2361 Härjedalen", "2380 Östersund");
        assertThat(plan.organisations()).hasSize(19).extracting(Plan.Organisation::name)
                .startsWith("Region Jämtland Härjedalen").endsWith("Handelskammaren Mitt").doesNotHaveDuplicates();
        assertThat(plan.rusAreas()).hasSize(7).extracting(Plan.RusArea::name)
                .contains("Näringsliv, innovation och företagande");
        assertThat(plan.contacts().processOwner()).isEqualTo("utvecklingsdirektor@regionjh.example");
        assertThat(plan.prioritisedIssueCap()).isEqualTo(10);
        assertThat(plan.reminders().businessDaysBeforeDeadline()).containsExactly(10, 3);
    }

    @Test
    void aPlanForVasternorrlandReads() {
        String plan = withMunicipalities("""
                municipalities:
                  - { code: "2260", name: Ånge,         email: registrator@ange.example }
                  - { code: "2262", name: Timrå,        email: registrator@timra.example }
                  - { code: "2280", name: Härnösand,    email: registrator@harnosand.example }
                  - { code: "2281", name: Sundsvall,    email: registrator@sundsvall.example }
                  - { code: "2282", name: Kramfors,     email: registrator@kramfors.example }
                  - { code: "2283", name: Sollefteå,    email: registrator@solleftea.example }
                  - { code: "2284", name: Örnsköldsvik, email: registrator@ornskoldsvik.example }
                """).replace("  code: JH\n  name: Region Jämtland Härjedalen\n", "  code: Y\n  name: Region Västernorrland\n");

        Plan parsed = PlanParser.parse(plan);

        assertThat(parsed.businessKey()).isEqualTo("PA-Y-2020");
        assertThat(parsed.region().name()).isEqualTo("Region Västernorrland");
        assertThat(parsed.municipalities()).extracting(Plan.Municipality::name).containsExactly(
                "Ånge", "Timrå", "Härnösand", "Sundsvall", "Kramfors", "Sollefteå", "Örnsköldsvik");
    }

    @Test
    void textThatIsNotYamlIsRefused() {
        assertThat(violationsOf("region: [unclosed")).singleElement(STRING).startsWith("Filen är inte giltig YAML");
    }

    @Test
    void yamlThatHoldsNoPlanIsRefused() {
        assertThat(violationsOf("Det här är ingen plan")).containsExactly("Filen innehåller ingen plan");
    }

    @Test
    void aMissingStepIsNamed() {
        assertRefused(SEED.replaceAll("(?m)^  ADOPTION:.*\n", ""), "steps.ADOPTION", "steg 12 (Fastställande) saknas");
    }

    @Test
    void anUnknownStepIsNamed() {
        assertRefused(SEED.replace("  WRITE_AGENDA:", "  HACKATHON: { date: 2020-11-10 }\n  WRITE_AGENDA:"),
                "steps.HACKATHON", "okänt steg");
    }

    @Test
    void anEndBeforeItsStartIsRefused() {
        assertRefused(SEED.replace("end: 2020-04-24", "end: 2020-04-01"),
                "steps.DRAFT_PM.end", "slutdatum 2020-04-01 ligger före startdatum 2020-04-07");
    }

    @Test
    void aStepWithBothADateAndAPeriodIsRefused() {
        assertRefused(SEED.replace("{ date: 2020-04-27 }", "{ date: 2020-04-27, start: 2020-04-27 }"),
                "steps.SEND_PLAN_TO_RSR", "antingen date eller start och end");
    }

    @Test
    void aDateThatIsNoDateIsRefused() {
        assertRefused(SEED.replace("{ date: 2020-04-30 }", "{ date: 30 april }"),
                "steps.PRESIDIUM_REVIEW.date", "'30 april' är inget datum");
    }

    @Test
    void aStepStartingBeforeTheStepItFollowsIsRefused() {
        assertRefused(SEED.replace("RSR_TREATMENT:           { date: 2020-05-04 }",
                "RSR_TREATMENT:           { date: 2020-04-29 }"),
                "steps.RSR_TREATMENT", "före steg 3 (PRESIDIUM_REVIEW)");
    }

    @Test
    void aDuplicateMunicipalityCodeIsRefused() {
        assertRefused(SEED.replace("code: \"2305\", name: Bräcke", "code: \"2303\", name: Ragunda"),
                "municipalities[1].code", "kommunkod 2303 förekommer mer än en gång");
    }

    @Test
    void anUnknownMunicipalityCodeIsRefused() {
        assertRefused(SEED.replace("code: \"2326\"", "code: \"2399\""),
                "municipalities[5].code", "okänd kommunkod 2399");
    }

    @Test
    void aCodeThatIsNotFourDigitsIsRefused() {
        assertRefused(SEED.replace("code: \"2326\"", "code: \"23A6\""),
                "municipalities[5].code", "'23A6' är ingen kommunkod (fyra siffror)");
    }

    @Test
    void anUnquotedCodeWithALeadingZeroIsPointedOut() {
        assertRefused(SEED.replace("code: \"2303\", name: Ragunda", "code: 0114, name: Upplands Väsby"),
                "municipalities[0].code", "citattecken");
    }

    @Test
    void aCodeGivenAsAListIsRefused() {
        assertRefused(SEED.replace("code: \"2303\"", "code: [2303]"), "municipalities[0].code", "ska vara en text");
    }

    @Test
    void aNameThatIsNotTheCodesMunicipalityIsRefused() {
        assertRefused(SEED.replace("name: Östersund", "name: Åre"),
                "municipalities[7].name", "kommunkod 2380 är Östersund, inte Åre");
    }

    @Test
    void malformedEmailAddressesAreRefusedWhereverTheyStand() {
        List<String> violations = violationsOf(SEED
                .replace("utvecklingsdirektor@regionjh.example", "utvecklingsdirektör")
                .replace("registrator@krokom.example", "krokom.example")
                .replace("registrator@sametinget.example", "registrator@sametinget"));

        assertThat(violations).extracting(PlanParserTest::pathOf)
                .containsExactly("contacts.processOwner", "municipalities[2].email", "organisations[5].email");
        assertThat(violations).allMatch(violation -> violation.contains("är ingen giltig e-postadress"));
    }

    @Test
    void anEmptyMunicipalityListIsRefused() {
        assertRefused(withMunicipalities("municipalities: []\n"), "municipalities", "listan saknas eller är tom");
    }

    @Test
    void aPlanWithoutMunicipalitiesIsRefused() {
        assertRefused(withMunicipalities(""), "municipalities", "listan saknas eller är tom");
    }

    @Test
    void aDuplicateOrganisationIsRefused() {
        assertRefused(SEED.replace("name: Torsta,", "name: Almi,"),
                "organisations[12].name", "organisationen Almi förekommer mer än en gång");
    }

    @Test
    void aDuplicateRusAreaCodeIsRefused() {
        assertRefused(SEED.replace("code: RUS-2,", "code: RUS-1,"),
                "rusAreas[1].code", "RUS-området RUS-1 förekommer mer än en gång");
    }

    @Test
    void aCapThatIsNotAPositiveWholeNumberIsRefused() {
        assertRefused(SEED.replace("prioritisedIssueCap: 10", "prioritisedIssueCap: 0"),
                "prioritisedIssueCap", "'0' är inget positivt heltal");
        assertRefused(SEED.replace("prioritisedIssueCap: 10", "prioritisedIssueCap: tio"),
                "prioritisedIssueCap", "'tio' är inget positivt heltal");
        assertRefused(SEED.replace("prioritisedIssueCap: 10", "prioritisedIssueCap: 4294967297"),
                "prioritisedIssueCap", "'4294967297' är inget positivt heltal");
    }

    @Test
    void missingRemindersAreRefused() {
        assertRefused(SEED.replace("reminders:\n  businessDaysBeforeDeadline: [10, 3]\n", ""),
                "reminders.businessDaysBeforeDeadline", "saknas");
    }

    @Test
    void aMissingYearIsRefused() {
        assertRefused(SEED.replace("year: 2020\n", ""), "year", "saknas");
    }

    @Test
    void aYearOtherThanTheOneTheCycleStartsInIsRefused() {
        assertRefused(SEED.replace("year: 2020", "year: 2097"), "year",
                "2097 är inte året då cykeln startar; steg 1 (DRAFT_PM) startar 2020-04-07, så year ska vara 2020");
        assertRefused(SEED.replace("year: 2020", "year: 2021"), "year", "year ska vara 2020");
    }

    @Test
    void anAliasIsRefusedAsAnAliasNotReadAsTheTextOfItsName() {
        String plan = SEED.replace("processOwner: utvecklingsdirektor@regionjh.example",
                        "processOwner: &po utvecklingsdirektor@regionjh.example")
                .replace("rsr: rsr-sekretariat@regionjh.example", "rsr: *po");

        assertThat(violationsOf(plan)).singleElement(STRING)
                .startsWith("contacts.processOwner: ankaret &po (rad 8) är inte tillåtet; ")
                .contains("inte tillåtet", "YAML-ankare (&namn) och alias (*namn)")
                .doesNotContain("e-postadress");
        assertThat(violationsOf(SEED.replace("rsr: rsr-sekretariat@regionjh.example", "rsr: *po")))
                .singleElement(STRING).startsWith("contacts.rsr: aliaset *po (rad 9) är inte tillåtet; ");
    }

    @Test
    void anAnchoredBlockAndAMergeKeyAreRefused() {
        String plan = SEED.replace("  - { code: \"2303\", name: Ragunda,     email: registrator@ragunda.example }",
                "  - &kommun { code: \"2303\", name: Ragunda,     email: registrator@ragunda.example }\n"
                        + "  - { <<: *kommun, code: \"2305\", name: Bräcke }");

        assertThat(violationsOf(plan)).singleElement(STRING).startsWith("municipalities[0]: ankaret &kommun (rad ");
    }

    @Test
    void aDeadlineKeptOnAWeekendOrHolidayIsAcceptedWithAWarning() {
        assertThat(PlanParser.warnings(PlanParser.parse(SEED))).containsExactly(
                "steps.WRITE_AGENDA.end: 2020-12-19 är en lördag, ingen arbetsdag; tidsgränsen står kvar eftersom"
                        + " planen anger deadlines.moveToNextBusinessDay: false");

        Plan allSaints = PlanParser.parse(SEED.replace("COMPILE_INPUT:           { start: 2020-10-05, end: 2020-10-29 }",
                "COMPILE_INPUT:           { start: 2020-10-05, end: 2020-10-31 }"));
        assertThat(PlanParser.warnings(allSaints)).containsExactly(
                "steps.COMPILE_INPUT.end: 2020-10-31 är en helgdag (Alla helgons dag), ingen arbetsdag; tidsgränsen"
                        + " står kvar eftersom planen anger deadlines.moveToNextBusinessDay: false",
                "steps.WRITE_AGENDA.end: 2020-12-19 är en lördag, ingen arbetsdag; tidsgränsen står kvar eftersom"
                        + " planen anger deadlines.moveToNextBusinessDay: false");

        Plan moved = PlanParser.parse(SEED.replace("moveToNextBusinessDay: false", "moveToNextBusinessDay: true"));
        assertThat(PlanParser.warnings(moved)).isEmpty();
    }

    @Test
    void anUnknownFieldIsRefused() {
        assertRefused(SEED + "budget: 100000\n", "budget", "okänt fält");
    }

    @Test
    void aKeyWrittenTwiceIsRefusedRatherThanTheLastOneWinning() {
        assertThat(violationsOf(SEED.replace("year: 2020\n", "year: 2020\nyear: 2021\n"))).singleElement(STRING)
                .startsWith("Filen är inte giltig: fältet year står två gånger på samma nivå (rad ");
    }

    @Test
    void unknownFieldsInsideTheRegionTheContactsAndAStepAreRefused() {
        String plan = SEED.replace("region:\n", "region:\n  county: Jämtland\n")
                .replace("contacts:\n", "contacts:\n  mayor: kommunalrad@regionjh.example\n")
                .replace("{ start: 2020-04-07, end: 2020-04-24 }", "{ start: 2020-04-07, end: 2020-04-24, due: 2020-04-20 }");

        assertThat(violationsOf(plan)).extracting(PlanParserTest::pathOf)
                .containsExactly("region.county", "contacts.mayor", "steps.DRAFT_PM.due");
    }

    @Test
    void anUnquotedCommaInANameIsPointedOut() {
        assertRefused(SEED.replace("name: \"Näringsliv, innovation och företagande\"",
                "name: Näringsliv, innovation och företagande"),
                "rusAreas[2].innovation och företagande", "okänt fält; innehåller ett värde ett kommatecken?");
    }

    @Test
    void everyProblemOfAPlanIsReportedAtOnce() {
        String plan = SEED.replace("year: 2020\n", "")
                .replace("utvecklingsdirektor@regionjh.example", "utvecklingsdirektör")
                .replace("end: 2020-04-24", "end: 2020-04-01")
                .replace("code: \"2326\"", "code: \"2399\"")
                .replace("prioritisedIssueCap: 10", "prioritisedIssueCap: 0");

        assertThat(violationsOf(plan)).extracting(PlanParserTest::pathOf).containsExactly(
                "year", "contacts.processOwner", "steps.DRAFT_PM.end", "municipalities[5].code", "prioritisedIssueCap");
    }

    private static String withMunicipalities(String section) {
        int from = SEED.indexOf("municipalities:");
        int to = SEED.indexOf("organisations:");
        return SEED.substring(0, from) + section + SEED.substring(to);
    }

    private static void assertRefused(String plan, String path, String problem) {
        assertThat(violationsOf(plan)).singleElement(STRING).startsWith(path + ": ").contains(problem);
    }

    private static List<String> violationsOf(String plan) {
        Throwable thrown = catchThrowable(() -> PlanParser.parse(plan));
        assertThat(thrown).isInstanceOf(InvalidPlanException.class);
        return ((InvalidPlanException) thrown).violations();
    }

    private static String pathOf(String violation) {
        return violation.substring(0, violation.indexOf(": "));
    }

    private static StepDates day(String date) {
        return StepDates.on(LocalDate.parse(date));
    }

    private static StepDates period(String start, String end) {
        return new StepDates(LocalDate.parse(start), LocalDate.parse(end));
    }
}
