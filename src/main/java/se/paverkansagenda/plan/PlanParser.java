package se.paverkansagenda.plan;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import se.paverkansagenda.deadline.SwedishBusinessDays;
import se.paverkansagenda.plan.Plan.Contacts;
import se.paverkansagenda.plan.Plan.Councils;
import se.paverkansagenda.plan.Plan.Member;
import se.paverkansagenda.plan.Plan.LateAnswers;
import se.paverkansagenda.plan.Plan.Municipality;
import se.paverkansagenda.plan.Plan.Organisation;
import se.paverkansagenda.plan.Plan.ReferenceGroups;
import se.paverkansagenda.plan.Plan.Region;
import se.paverkansagenda.plan.Plan.ReminderRules;
import se.paverkansagenda.plan.Plan.RusArea;
import se.paverkansagenda.plan.Plan.SteeringReport;

/**
 * Reads a plan file (YAML) and checks it. Every problem is collected, each message naming the
 * field by its path in the file ({@code steps.DRAFT_PM.end}), so one round of corrections fixes all.
 */
public final class PlanParser {

    /** A key written twice would otherwise silently take the last value. */
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Pattern DUPLICATE_KEY = Pattern.compile("^Duplicate field '(.*)'");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[A-Za-z]{2,}$");
    private static final Pattern REGION_CODE = Pattern.compile("^[A-Z]{1,4}$");
    private static final Pattern BUSINESS_KEY = Pattern.compile("^PA-([A-Z]{1,4})-(\\d{4})$");
    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("^\\d{4}$");

    private final MunicipalityRegister register;
    private final List<String> violations = new ArrayList<>();

    private PlanParser(MunicipalityRegister register) {
        this.register = register;
    }

    public static Plan parse(String yaml) {
        return new PlanParser(MunicipalityRegister.sweden()).read(yaml);
    }

    /**
     * What an accepted plan keeps that people should know of: each deadline that stays on a weekend
     * or a Swedish public holiday because the plan says {@code deadlines.moveToNextBusinessDay: false}.
     * A plan without that rule is refused for such a deadline, and with {@code true} it is moved, so
     * every such day left in a checked plan is one the plan chose to keep.
     */
    public static List<String> warnings(Plan plan) {
        SwedishBusinessDays calendar = SwedishBusinessDays.sweden();
        List<String> warnings = new ArrayList<>();
        for (Map.Entry<Step, StepDates> entry : plan.steps().entrySet()) {
            StepDates dates = entry.getValue();
            calendar.whyNotABusinessDay(dates.end()).ifPresent(why -> warnings.add("steps." + entry.getKey().name()
                    + (dates.singleDay() ? ".date: " : ".end: ") + dates.end() + " är " + why + ", ingen arbetsdag;"
                    + " tidsgränsen står kvar eftersom planen anger deadlines.moveToNextBusinessDay: false"));
        }
        return warnings;
    }

    private Plan read(String yaml) {
        JsonNode root;
        try {
            Optional<String> reference = anchorOrAlias(yaml);
            if (reference.isPresent()) {
                throw new InvalidPlanException(List.of(reference.get()));
            }
            root = YAML.readTree(yaml);
        } catch (JacksonException e) {
            String line = e.getLocation() == null ? "" : " (rad " + e.getLocation().getLineNr() + ")";
            Matcher duplicate = DUPLICATE_KEY.matcher(e.getOriginalMessage());
            throw new InvalidPlanException(List.of(duplicate.find()
                    ? "Filen är inte giltig: fältet " + duplicate.group(1) + " står två gånger på samma nivå" + line
                    : "Filen är inte giltig YAML: " + e.getOriginalMessage() + line));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidPlanException(List.of("Filen innehåller ingen plan"));
        }
        Region region = region(root.path("region"));
        int year = year(root.path("year"));
        Contacts contacts = contacts(root.path("contacts"));
        Map<Step, StepDates> steps = onBusinessDays(steps(root.path("steps")), root.path("deadlines"));
        startsInItsYear(year, steps.get(Step.DRAFT_PM));
        List<Municipality> municipalities = municipalities(root.path("municipalities"));
        List<Organisation> organisations = organisations(root.path("organisations"));
        List<RusArea> rusAreas = rusAreas(root.path("rusAreas"));
        int cap = positiveInt(root.path("prioritisedIssueCap"), "prioritisedIssueCap");
        ReminderRules reminders = reminders(root.path("reminders"));
        LateAnswers lateAnswers = lateAnswers(root.path("lateAnswers"));
        SteeringReport steeringReport = steeringReport(root.path("steeringReport"));
        ReferenceGroups referenceGroups = referenceGroups(root.path("referenceGroups"), steps);
        Councils councils = councils(root.path("councils"));
        String follows = follows(root.path("follows"), region.code(), year);
        unknownFields(root, "", Set.of("region", "year", "contacts", "steps", "municipalities", "organisations",
                "rusAreas", "prioritisedIssueCap", "reminders", "deadlines", "lateAnswers", "steeringReport",
                "referenceGroups", "councils", "follows"));
        if (!violations.isEmpty()) {
            throw new InvalidPlanException(violations);
        }
        return new Plan(region, year, contacts, steps, municipalities, organisations, rusAreas, cap, reminders,
                lateAnswers, steeringReport, referenceGroups, councils, follows);
    }

    /**
     * The cycle this one follows, by its business key: an earlier year of the same region. Whether that
     * cycle exists here and has an adopted agenda is checked when the cycle starts.
     */
    private String follows(JsonNode node, String regionCode, int year) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        String key = text(node, "follows");
        if (key == null) {
            return null;
        }
        Matcher matcher = BUSINESS_KEY.matcher(key);
        if (!matcher.matches()) {
            violations.add("follows: '" + key + "' är ingen cykel; ange cykelns nyckel, t.ex. PA-JH-2026");
            return null;
        }
        if (regionCode != null && !matcher.group(1).equals(regionCode)) {
            violations.add("follows: " + key + " hör till en annan region än planens (" + regionCode + ")");
        } else if (year >= 2000 && Integer.parseInt(matcher.group(2)) >= year) {
            violations.add("follows: " + key + " är inte en tidigare cykel än planens år " + year);
        }
        return key;
    }

    private Region region(JsonNode node) {
        unknownFields(node, "region.", Set.of("code", "name"));
        String code = text(node.path("code"), "region.code");
        if (code != null && !REGION_CODE.matcher(code).matches()) {
            violations.add("region.code: '" + code + "' ska vara 1–4 versaler, t.ex. JH");
        }
        return new Region(code, text(node.path("name"), "region.name"));
    }

    private int year(JsonNode node) {
        if (!node.canConvertToInt() || !node.isIntegralNumber()) {
            violations.add("year: " + (node.isMissingNode() ? "saknas" : "'" + node.asText() + "' är inget årtal"));
            return 0;
        }
        if (node.asInt() < 2000 || node.asInt() > 2100) {
            violations.add("year: " + node.asInt() + " ligger utanför 2000–2100");
        }
        return node.asInt();
    }

    /** The year names the cycle (its business key), so it is the year in which the first step starts. */
    private void startsInItsYear(int year, StepDates first) {
        if (year >= 2000 && year <= 2100 && first != null && first.start().getYear() != year) {
            violations.add("year: " + year + " är inte året då cykeln startar; steg 1 (" + Step.DRAFT_PM.name()
                    + ") startar " + first.start() + ", så year ska vara " + first.start().getYear());
        }
    }

    /**
     * YAML anchors ({@code &po}) and aliases ({@code *po}) are refused: the reader would take an alias
     * for the text of its name, and a value written once and used in many places is hard to review.
     * Only the first one is reported; the plan is not read further.
     */
    private static Optional<String> anchorOrAlias(String yaml) throws JacksonException {
        // the field of each value by where it starts, read by the same parser as the plan (which also
        // reports broken YAML first); a value's anchor starts where the value does
        Map<String, String> fieldAt = new HashMap<>();
        try (YAMLParser parser = (YAMLParser) YAML.getFactory().createParser(yaml)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.FIELD_NAME) {
                    fieldAt.putIfAbsent(parser.currentTokenLocation().getLineNr() + ":"
                                    + parser.currentTokenLocation().getColumnNr(),
                            fieldPath(parser.getParsingContext().pathAsPointer().toString()));
                }
            }
        } catch (JacksonException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // anchors on plain values are not shown by Jackson's parser: the YAML events show every one
        for (Event event : new Yaml(new LoaderOptions()).parse(new StringReader(yaml))) {
            if (event instanceof NodeEvent node && node.getAnchor() != null) {
                boolean alias = event instanceof AliasEvent;
                int line = event.getStartMark().getLine() + 1;
                String field = fieldAt.getOrDefault(line + ":" + (event.getStartMark().getColumn() + 1), "");
                return Optional.of((field.isEmpty() ? "Filen" : field) + ": " + (alias ? "aliaset *" : "ankaret &")
                        + node.getAnchor() + " (rad " + line + ") är inte tillåtet; planen tar inte emot YAML-ankare"
                        + " (&namn) och alias (*namn): skriv ut värdet på varje ställe där det ska stå");
            }
        }
        return Optional.empty();
    }

    /** {@code /municipalities/2/email} as the messages name it: {@code municipalities[2].email}. */
    private static String fieldPath(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String segment : pointer.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.matches("\\d+") && !path.isEmpty()) {
                path.append('[').append(segment).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(segment.replace("~1", "/").replace("~0", "~"));
            }
        }
        return path.toString();
    }

    private Contacts contacts(JsonNode node) {
        unknownFields(node, "contacts.", Set.of("processOwner", "rsr", "presidium", "partnership"));
        return new Contacts(email(node.path("processOwner"), "contacts.processOwner"),
                email(node.path("rsr"), "contacts.rsr"),
                email(node.path("presidium"), "contacts.presidium"),
                email(node.path("partnership"), "contacts.partnership"));
    }

    private Map<Step, StepDates> steps(JsonNode node) {
        Map<Step, StepDates> steps = new EnumMap<>(Step.class);
        if (!node.isObject()) {
            violations.add("steps: saknas; planen ska ha alla tolv stegen");
            return steps;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!isStep(name)) {
                violations.add("steps." + name + ": okänt steg; giltiga steg är " + List.of(Step.values()));
            }
        }
        for (Step step : Step.values()) {
            String path = "steps." + step.name();
            JsonNode dates = node.path(step.name());
            if (dates.isMissingNode() || dates.isNull()) {
                violations.add(path + ": steg " + step.number() + " (" + step.swedishName() + ") saknas");
                continue;
            }
            StepDates parsed = stepDates(dates, path);
            if (parsed != null) {
                steps.put(step, parsed);
            }
        }
        for (Step step : steps.keySet()) {
            for (Step before : step.predecessors()) {
                StepDates earlier = steps.get(before);
                if (earlier != null && steps.get(step).start().isBefore(earlier.start())) {
                    violations.add("steps." + step.name() + ": startar " + steps.get(step).start()
                            + ", före steg " + before.number() + " (" + before.name() + ") som startar "
                            + earlier.start() + "; stegen ska komma i planens ordning");
                }
            }
        }
        return steps;
    }

    /**
     * Every step's last day is a deadline. One that falls on a weekend or a Swedish public holiday
     * is reported unless the plan says what happens to such deadlines: with
     * {@code deadlines.moveToNextBusinessDay: true} it moves to the next business day (a single-day
     * step moves as a whole), with {@code false} it stays.
     */
    private Map<Step, StepDates> onBusinessDays(Map<Step, StepDates> steps, JsonNode rule) {
        Boolean move = null;
        if (!rule.isMissingNode()) {
            JsonNode flag = rule.path("moveToNextBusinessDay");
            if (!flag.isBoolean()) {
                violations.add("deadlines.moveToNextBusinessDay: " + (flag.isMissingNode() ? "saknas" : "'" + flag.asText()
                        + "' är varken true eller false") + "; ange om en tidsgräns på en helgdag flyttas till nästa arbetsdag");
            } else {
                move = flag.booleanValue();
            }
            unknownFields(rule, "deadlines.", Set.of("moveToNextBusinessDay"));
        }
        SwedishBusinessDays calendar = SwedishBusinessDays.sweden();
        Map<Step, StepDates> result = new EnumMap<>(steps);
        for (Map.Entry<Step, StepDates> entry : steps.entrySet()) {
            StepDates dates = entry.getValue();
            var why = calendar.whyNotABusinessDay(dates.end());
            if (why.isEmpty()) {
                continue;
            }
            LocalDate next = calendar.onOrAfter(dates.end());
            if (move == null) {
                violations.add("steps." + entry.getKey().name() + (dates.singleDay() ? ".date: " : ".end: ") + dates.end()
                        + " är " + why.get() + ", ingen arbetsdag; ange deadlines.moveToNextBusinessDay: true för att flytta"
                        + " tidsgränsen till " + next + " eller false för att behålla den");
            } else if (move) {
                result.put(entry.getKey(), dates.singleDay() ? StepDates.on(next) : new StepDates(dates.start(), next));
            }
        }
        return result;
    }

    private StepDates stepDates(JsonNode node, String path) {
        unknownFields(node, path + ".", Set.of("date", "start", "end"));
        if (node.has("date")) {
            if (node.has("start") || node.has("end")) {
                violations.add(path + ": ange antingen date eller start och end, inte båda");
                return null;
            }
            LocalDate day = date(node.path("date"), path + ".date");
            return day == null ? null : StepDates.on(day);
        }
        LocalDate start = date(node.path("start"), path + ".start");
        LocalDate end = date(node.path("end"), path + ".end");
        if (start == null || end == null) {
            return null;
        }
        if (end.isBefore(start)) {
            violations.add(path + ".end: slutdatum " + end + " ligger före startdatum " + start);
            return null;
        }
        return new StepDates(start, end);
    }

    private List<Municipality> municipalities(JsonNode node) {
        Set<String> codes = new HashSet<>();
        List<Municipality> list = list(node, "municipalities", (item) -> {
            String path = item.path;
            String code = text(item.node.path("code"), path + ".code");
            String name = text(item.node.path("name"), path + ".name");
            String email = email(item.node.path("email"), path + ".email");
            if (code != null) {
                if (!MUNICIPALITY_CODE.matcher(code).matches()) {
                    // YAML reads an unquoted 0114 as the octal number 76
                    violations.add(path + ".code: '" + code + "' är ingen kommunkod (fyra siffror)"
                            + (item.node.path("code").isNumber()
                                    ? "; står koden utan citattecken? Skriv den då inom citattecken, t.ex. \"0114\"" : ""));
                } else if (register.nameOf(code).isEmpty()) {
                    violations.add(path + ".code: okänd kommunkod " + code);
                } else if (name != null && !register.nameOf(code).get().equals(name)) {
                    violations.add(path + ".name: kommunkod " + code + " är " + register.nameOf(code).get()
                            + ", inte " + name);
                }
                if (!codes.add(code)) {
                    violations.add(path + ".code: kommunkod " + code + " förekommer mer än en gång");
                }
            }
            unknownFields(item.node, path + ".", Set.of("code", "name", "email"));
            return new Municipality(code, name, email);
        });
        return list;
    }

    private List<Organisation> organisations(JsonNode node) {
        Set<String> names = new HashSet<>();
        return list(node, "organisations", (item) -> {
            String name = text(item.node.path("name"), item.path + ".name");
            if (name != null && !names.add(name)) {
                violations.add(item.path + ".name: organisationen " + name + " förekommer mer än en gång");
            }
            unknownFields(item.node, item.path + ".", Set.of("name", "email"));
            return new Organisation(name, email(item.node.path("email"), item.path + ".email"));
        });
    }

    private List<RusArea> rusAreas(JsonNode node) {
        Set<String> codes = new HashSet<>();
        return list(node, "rusAreas", (item) -> {
            String code = text(item.node.path("code"), item.path + ".code");
            if (code != null && !codes.add(code)) {
                violations.add(item.path + ".code: RUS-området " + code + " förekommer mer än en gång");
            }
            unknownFields(item.node, item.path + ".", Set.of("code", "name"));
            return new RusArea(code, text(item.node.path("name"), item.path + ".name"));
        });
    }

    /**
     * The councils' members. The block and each council in it may be left out (plans written before
     * members were listed): the council's mail then goes to its shared address only. A council that is
     * listed has at least one member, each with organisation, role and e-mail, and no member twice.
     */
    private Councils councils(JsonNode node) {
        if (node.isMissingNode()) {
            return Councils.NONE;
        }
        if (!node.isObject()) {
            violations.add("councils: ska innehålla rådens ledamöter under rsr, presidium och partnership");
            return Councils.NONE;
        }
        unknownFields(node, "councils.", Set.of("rsr", "presidium", "partnership"));
        return new Councils(members(node.path("rsr"), "councils.rsr"), members(node.path("presidium"), "councils.presidium"),
                members(node.path("partnership"), "councils.partnership"));
    }

    private List<Member> members(JsonNode node, String path) {
        if (node.isMissingNode()) {
            return List.of();
        }
        Set<String> labels = new HashSet<>();
        return list(node, path, item -> {
            String organisation = text(item.node.path("organisation"), item.path + ".organisation");
            String role = text(item.node.path("role"), item.path + ".role");
            String email = email(item.node.path("email"), item.path + ".email");
            unknownFields(item.node, item.path + ".", Set.of("organisation", "role", "email"));
            Member member = new Member(organisation, role, email);
            if (organisation != null && role != null && !labels.add(member.label())) {
                violations.add(item.path + ": ledamoten " + member.label() + " förekommer mer än en gång");
            }
            return member;
        });
    }

    private ReminderRules reminders(JsonNode node) {
        List<Integer> days = new ArrayList<>();
        JsonNode list = node.path("businessDaysBeforeDeadline");
        if (!list.isArray()) {
            violations.add("reminders.businessDaysBeforeDeadline: saknas (en lista av antal arbetsdagar, t.ex. [10, 3])");
            return new ReminderRules(days);
        }
        for (int i = 0; i < list.size(); i++) {
            days.add(positiveInt(list.get(i), "reminders.businessDaysBeforeDeadline[" + i + "]"));
        }
        return new ReminderRules(days);
    }

    /** The rule for answers after the deadline; a plan without one refuses them. */
    private LateAnswers lateAnswers(JsonNode node) {
        if (node.isMissingNode()) {
            return LateAnswers.REFUSE;
        }
        for (LateAnswers rule : LateAnswers.values()) {
            if (node.isTextual() && rule.inPlan().equals(node.asText().trim())) {
                return rule;
            }
        }
        violations.add("lateAnswers: " + (node.isNull() ? "saknar värde" : node.isContainerNode() ? "ska vara en text"
                : "'" + node.asText() + "' är ingen regel för sena svar") + "; ange "
                + LateAnswers.ACCEPT_UNTIL_NEXT_STEP.inPlan() + " (sena svar tas emot och märks som sena tills nästa steg"
                + " startar) eller " + LateAnswers.REFUSE.inPlan() + " (sena svar tas inte emot)");
        return LateAnswers.REFUSE;
    }

    /**
     * How often the steering group gets its report: an ISO 8601 period of days, weeks, months or years,
     * at least a week (P1W, P2W, P1M, P3M); monthly when the plan does not say.
     */
    private SteeringReport steeringReport(JsonNode node) {
        if (node.isMissingNode()) {
            return SteeringReport.MONTHLY;
        }
        unknownFields(node, "steeringReport.", Set.of("every"));
        JsonNode every = node.path("every");
        String hint = "; ange en period enligt ISO 8601 om minst en vecka, t.ex. P2W (varannan vecka), P1M (varje månad)"
                + " eller P3M (varje kvartal)";
        if (!every.isTextual() || every.asText().isBlank()) {
            violations.add("steeringReport.every: " + (every.isMissingNode() || every.isNull() ? "saknas"
                    : "ska vara en text") + hint);
            return SteeringReport.MONTHLY;
        }
        Period period;
        try {
            period = Period.parse(every.asText().trim());
        } catch (DateTimeParseException e) {
            violations.add("steeringReport.every: '" + every.asText() + "' är ingen period" + hint);
            return SteeringReport.MONTHLY;
        }
        boolean negative = period.getYears() < 0 || period.getMonths() < 0 || period.getDays() < 0;
        if (negative || period.toTotalMonths() == 0 && period.getDays() < 7) {
            violations.add("steeringReport.every: '" + every.asText() + "' är kortare än en vecka" + hint);
            return SteeringReport.MONTHLY;
        }
        return new SteeringReport(period);
    }

    /**
     * Whether reference groups are formed, and when: after the compilation of the input has started and
     * before the workshop, where their advice is used. A plan without the field forms none.
     */
    private ReferenceGroups referenceGroups(JsonNode node, Map<Step, StepDates> steps) {
        if (node.isMissingNode()) {
            return ReferenceGroups.NOT_USED;
        }
        if (!node.isObject()) {
            violations.add("referenceGroups: ska ange used (true eller false) och, om grupper används, start och end");
            return ReferenceGroups.NOT_USED;
        }
        unknownFields(node, "referenceGroups.", Set.of("used", "start", "end"));
        JsonNode used = node.path("used");
        if (!used.isBoolean()) {
            violations.add("referenceGroups.used: " + (used.isMissingNode() ? "saknas" : "'" + used.asText()
                    + "' är varken true eller false") + "; ange om referensgrupper bildas efter sammanställningen");
            return ReferenceGroups.NOT_USED;
        }
        if (!used.booleanValue()) {
            if (node.has("start") || node.has("end")) {
                violations.add("referenceGroups: start och end anges bara när used är true");
            }
            return ReferenceGroups.NOT_USED;
        }
        LocalDate start = date(node.path("start"), "referenceGroups.start");
        LocalDate end = date(node.path("end"), "referenceGroups.end");
        if (start == null || end == null) {
            return ReferenceGroups.NOT_USED;
        }
        if (end.isBefore(start)) {
            violations.add("referenceGroups.end: slutdatum " + end + " ligger före startdatum " + start);
            return ReferenceGroups.NOT_USED;
        }
        StepDates compilation = steps.get(Step.COMPILE_INPUT);
        if (compilation != null && start.isBefore(compilation.start())) {
            violations.add("referenceGroups.start: " + start + " ligger före sammanställningen av inspelen (steg "
                    + Step.COMPILE_INPUT.number() + ", " + compilation.start() + "); referensgrupperna bildas när"
                    + " inspelen är sammanställda");
        }
        StepDates workshop = steps.get(Step.WORKSHOP);
        if (workshop != null && end.isAfter(workshop.start())) {
            violations.add("referenceGroups.end: " + end + " ligger efter workshopen (steg " + Step.WORKSHOP.number()
                    + ", " + workshop.start() + "); referensgruppernas råd behövs till workshopen");
        }
        return new ReferenceGroups(true, start, end);
    }

    private record Item(JsonNode node, String path) {
    }

    private <T> List<T> list(JsonNode node, String path, Function<Item, T> element) {
        List<T> out = new ArrayList<>();
        if (!node.isArray() || node.isEmpty()) {
            violations.add(path + ": listan saknas eller är tom");
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            out.add(element.apply(new Item(node.get(i), path + "[" + i + "]")));
        }
        return out;
    }

    private String text(JsonNode node, String path) {
        if (node.isContainerNode()) {
            violations.add(path + ": ska vara en text");
            return null;
        }
        if (node.isMissingNode() || node.isNull() || node.asText().isBlank()) {
            violations.add(path + ": saknas");
            return null;
        }
        return node.asText().trim();
    }

    private String email(JsonNode node, String path) {
        String value = text(node, path);
        if (value != null && !EMAIL.matcher(value).matches()) {
            violations.add(path + ": '" + value + "' är ingen giltig e-postadress");
        }
        return value;
    }

    private LocalDate date(JsonNode node, String path) {
        String value = text(node, path);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            violations.add(path + ": '" + value + "' är inget datum (ÅÅÅÅ-MM-DD)");
            return null;
        }
    }

    private int positiveInt(JsonNode node, String path) {
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < 1) {
            violations.add(path + ": " + (node.isMissingNode() ? "saknas" : "'" + node.asText() + "' är inget positivt heltal"));
            return 0;
        }
        return node.asInt();
    }

    private void unknownFields(JsonNode node, String prefix, Set<String> known) {
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                // in { name: A, B } YAML reads "B" as a field of its own without a value
                violations.add(prefix + name + ": okänt fält" + (node.get(name).isNull()
                        ? "; innehåller ett värde ett kommatecken? Sätt då värdet inom citattecken" : ""));
            }
        });
    }

    private static boolean isStep(String name) {
        for (Step step : Step.values()) {
            if (step.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
