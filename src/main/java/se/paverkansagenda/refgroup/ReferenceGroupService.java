package se.paverkansagenda.refgroup;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.paverkansagenda.answer.CycleProposal;
import se.paverkansagenda.answer.ProposalRepository;
import se.paverkansagenda.answer.UploadedFile;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.security.EngineAsApplication;

/**
 * The reference groups of a cycle: formed by the officials after the compilation, each by issue area
 * with its members and meeting; invited when the forming task is completed, and from then on each
 * change is sent as an update of the same calendar event. Their advice, one text per issue area and an
 * optional file, is recorded by an official or by the members from their personal link until the workshop's
 * task is done.
 */
@Service
public class ReferenceGroupService {

    static final int MAX_NAME = 200;
    static final int MAX_PLACE = 300;
    static final int MAX_COMPETENCE = 1000;
    static final int MAX_ADVICE = 8000;
    /**
     * The problem of an issue that is not one: a proposal the cycle does not have, or advice on an issue
     * the group does not cover. The pages offer only known issues, so it comes from a forged form.
     */
    public static final String UNKNOWN_ISSUE = "unknownIssue";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[A-Za-z]{2,}$");
    private static final Pattern TIME = Pattern.compile("^([01]\\d|2[0-3]):[0-5]\\d$");

    private final ReferenceGroupRepository groups;
    private final ProposalRepository proposals;
    private final CycleService cycles;
    private final DeadlineService deadlines;
    private final RuntimeService runtime;
    private final EngineAsApplication asApplication;
    private final HistoryService history;

    public ReferenceGroupService(ReferenceGroupRepository groups, ProposalRepository proposals, CycleService cycles,
                                 DeadlineService deadlines, RuntimeService runtime, EngineAsApplication asApplication,
                                 HistoryService history) {
        this.asApplication = asApplication;
        this.history = history;
        this.groups = groups;
        this.proposals = proposals;
        this.cycles = cycles;
        this.deadlines = deadlines;
        this.runtime = runtime;
    }

    public List<ReferenceGroup> groups(String cycleKey) {
        return groups.findByCycle(cycleKey);
    }

    /** The group, only if it is one of the cycle's, and the cycle one of the user's regions. */
    public ReferenceGroup group(String cycleKey, String groupId) {
        return groups.find(groupId).filter(group -> group.cycleKey().equals(cycleKey) && cycles.visibleToUser(cycleKey))
                .orElseThrow(UnknownReferenceGroupException::new);
    }

    /** The cycle a group belongs to. */
    public Optional<String> cycleOf(String groupId) {
        return groups.find(groupId).map(ReferenceGroup::cycleKey);
    }

    public boolean invited(String cycleKey) {
        return groups.released(cycleKey);
    }

    /**
     * The compiled proposals of the issues the group covers, in the compilation's order: those of its RUS
     * areas and those it was given one by one.
     */
    public List<CycleProposal> proposalsOf(ReferenceGroup group) {
        return proposals.findByCycle(group.cycleKey()).stream()
                .filter(proposal -> group.rusAreas().contains(proposal.rusArea())
                        || group.proposalIds().contains(proposal.id())).toList();
    }

    /** Every compiled proposal of the cycle, the issues a group may advise on one by one. */
    public List<CycleProposal> compiledProposals(String cycleKey) {
        return proposals.findByCycle(cycleKey);
    }

    /**
     * The advice that concerns an issue of the workshop or a section from it: advice on its RUS area and
     * advice on any of the proposals merged into it, in the groups' order.
     */
    public List<ReferenceGroupAdvice> adviceFor(String cycleKey, String rusArea, Collection<String> proposalIds) {
        return adviceOf(cycleKey).stream()
                .filter(advice -> advice.issue().equals(rusArea) || proposalIds.contains(advice.issue())).toList();
    }

    /**
     * An issue of a group in words: a RUS area by the plan's name, a proposal by its id, title and
     * municipality ({@code Inspel 2380-1: Stambanan genom Norrland (Östersund)}).
     */
    public static String issueLabel(Plan plan, List<CycleProposal> proposals, String issue) {
        return proposals.stream().filter(proposal -> proposal.id().equals(issue)).findFirst()
                .map(proposal -> "Inspel " + proposal.id() + ": " + proposal.title() + " (" + proposal.municipalityName() + ")")
                .orElseGet(() -> areaLabel(plan, issue));
    }

    /** Every advice of the cycle's groups that are not cancelled. */
    public List<ReferenceGroupAdvice> adviceOf(String cycleKey) {
        return groups.adviceOfCycle(cycleKey);
    }

    /** The plan's name of an area, {@code RUS-1 Infrastruktur och tillgänglighet}. */
    public static String areaLabel(Plan plan, String code) {
        return plan.rusAreas().stream().filter(area -> area.code().equals(code)).findFirst()
                .map(area -> area.code() + " " + area.name()).orElse(code);
    }

    /** Saves a new group ({@code groupId} null) or a changed one; its id. */
    @Transactional
    public String save(String cycleKey, String groupId, GroupDraft draft, String user) {
        Plan plan = cycles.planOf(cycleKey);
        if (!plan.referenceGroups().used()) {
            throw new ReferenceGroupRefusedException(Map.of("form", "Genomförandeplanen för " + cycleKey
                    + " bildar inga referensgrupper."));
        }
        ReferenceGroup existing = groupId == null ? null : group(cycleKey, groupId);
        if (existing != null) {
            groups.lock(existing.id());
            existing = group(cycleKey, groupId);
            if (existing.cancelled()) {
                throw new ReferenceGroupRefusedException(Map.of("form", "Gruppen är inställd och kan inte ändras."));
            }
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String name = required(draft.name(), MAX_NAME, "name", "Ange gruppens namn.", problems);
        List<String> areas = areas(plan, draft.rusAreas(), problems);
        List<String> chosen = proposalIds(cycleKey, draft.proposalIds(), problems);
        if (areas.isEmpty() && chosen.isEmpty() && !problems.containsKey(UNKNOWN_ISSUE)
                && !problems.containsKey("rusAreas")) {
            problems.put("rusAreas", "Välj minst ett RUS-område eller ett inspel som gruppen ger råd om.");
        }
        LocalDate day = meetingDay(plan, draft.meetingDay(), problems);
        LocalTime time = meetingTime(draft.meetingTime(), problems);
        String place = required(draft.meetingPlace(), MAX_PLACE, "meetingPlace",
                "Ange var mötet hålls (lokal eller länk).", problems);
        List<ReferenceGroup.Member> members = members(existing, draft.members(), problems);
        if (!problems.isEmpty()) {
            throw new ReferenceGroupRefusedException(problems);
        }
        OffsetDateTime now = OffsetDateTime.now(deadlines.clock());
        boolean released = groups.released(cycleKey);
        if (existing == null) {
            String id = UUID.randomUUID().toString();
            groups.insert(new ReferenceGroup(id, cycleKey, groups.nextPosition(cycleKey), name, areas, chosen, day, time,
                    place, false, 0, List.of()), now, user);
            for (int i = 0; i < members.size(); i++) {
                groups.insertMember(id, i + 1, members.get(i));
            }
            changed(cycleKey, released);
            return id;
        }
        Set<String> kept = new HashSet<>();
        members.forEach(member -> kept.add(member.id()));
        List<ReferenceGroup.Member> removed = existing.activeMembers().stream()
                .filter(member -> !kept.contains(member.id())).toList();
        boolean detailsChanged = !name.equals(existing.name()) || !day.equals(existing.meetingDay())
                || !time.equals(existing.meetingTime()) || !place.equals(existing.meetingPlace())
                || !areas.equals(existing.rusAreas()) || !chosen.equals(existing.proposalIds());
        boolean sentChange = released && (detailsChanged || !removed.isEmpty());
        int sequence = existing.sequence() + (sentChange ? 1 : 0);
        groups.update(existing.with(name, areas, chosen, day, time, place, false, sequence), now, user);
        Set<String> known = new HashSet<>();
        existing.members().forEach(member -> known.add(member.id()));
        for (int i = 0; i < members.size(); i++) {
            if (known.contains(members.get(i).id())) {
                groups.updateMember(i + 1, members.get(i));
            } else {
                groups.insertMember(existing.id(), i + 1, members.get(i));
            }
        }
        for (ReferenceGroup.Member member : removed) {
            groups.updateMember(Integer.MAX_VALUE / 2, new ReferenceGroup.Member(member.id(), member.name(),
                    member.organisation(), member.email(), member.competence(), true, member.sentSequence(),
                    member.sentMethod()));
        }
        changed(cycleKey, released);
        return existing.id();
    }

    /** Cancels the group's meeting: members who were invited are sent the cancellation of the same event. */
    @Transactional
    public void cancel(String cycleKey, String groupId, String user) {
        groups.lock(groupId);
        ReferenceGroup group = group(cycleKey, groupId);
        if (group.cancelled()) {
            return;
        }
        boolean released = groups.released(cycleKey);
        groups.update(group.with(group.name(), group.rusAreas(), group.proposalIds(), group.meetingDay(),
                group.meetingTime(), group.meetingPlace(), true, group.sequence() + (released ? 1 : 0)),
                OffsetDateTime.now(deadlines.clock()), user);
        changed(cycleKey, released);
    }

    /**
     * Records the group's advice: a text per issue it covers, a RUS area or a proposal (a blank one leaves
     * the issue's advice as it was) and, if given, a file that replaces the one before. An issue the group
     * does not cover is refused ({@link #UNKNOWN_ISSUE}).
     */
    @Transactional
    public void recordAdvice(String cycleKey, String groupId, Map<String, String> byArea, UploadedFile file,
                             String recordedBy) {
        groups.lock(groupId);
        ReferenceGroup group = group(cycleKey, groupId);
        Map<String, String> problems = new LinkedHashMap<>();
        if (group.cancelled()) {
            problems.put("form", "Gruppen är inställd; råd kan inte lämnas.");
        } else if (workshopHeld(cycleKey)) {
            problems.put("form", "Workshopen har redan prioriterat inspelen; råd kan inte längre lämnas.");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : byArea.entrySet()) {
            String text = entry.getValue() == null ? "" : entry.getValue().strip();
            if (!group.issues().contains(entry.getKey())) {
                problems.put(UNKNOWN_ISSUE, "Okänd fråga för gruppen: " + entry.getKey() + ". Gruppen ger råd om "
                        + String.join(", ", group.issues()) + ".");
            } else if (text.length() > MAX_ADVICE) {
                problems.put("advice[" + entry.getKey() + "]", "Rådet får vara högst " + MAX_ADVICE + " tecken.");
            } else if (!text.isEmpty()) {
                texts.put(entry.getKey(), text);
            }
        }
        if (texts.isEmpty() && file == null && problems.isEmpty()) {
            problems.put("advice", "Skriv gruppens råd till minst en fråga.");
        }
        if (!problems.isEmpty()) {
            throw new ReferenceGroupRefusedException(problems);
        }
        OffsetDateTime now = OffsetDateTime.now(deadlines.clock());
        texts.forEach((area, text) -> groups.saveAdvice(groupId, area, text, recordedBy, now));
        if (file != null) {
            groups.saveAttachment(groupId, file.fileName(), file.type().mediaType(), file.content(), now);
        }
    }

    public Optional<ReferenceGroupRepository.GroupAttachment> attachmentOf(String cycleKey, String groupId) {
        return groups.attachment(group(cycleKey, groupId).id());
    }

    /** The groups are invited: from now on, each change is sent to their members. */
    @Transactional
    public void release(String cycleKey) {
        groups.release(cycleKey, OffsetDateTime.now(deadlines.clock()));
    }

    /** What stops the forming task from being completed, if anything. */
    public Optional<String> notReady(String cycleKey) {
        boolean formed = groups(cycleKey).stream().anyMatch(group -> !group.cancelled() && !group.activeMembers().isEmpty());
        return formed ? Optional.empty() : Optional.of("Minst en referensgrupp med medlemmar behöver bildas på "
                + "referensgruppssidan /api/cykel/" + cycleKey + "/referensgrupper innan uppgiften slutförs.");
    }

    /** Whether the workshop's task is done: the advice was for it, and is closed after it. */
    private boolean workshopHeld(String cycleKey) {
        String instance = cycles.find(cycleKey).processInstanceId();
        return asApplication.call(() -> history.createHistoricActivityInstanceQuery().processInstanceId(instance)
                .activityId(AgendaProcess.Elements.TASK_PRIORITISE_INPUT).finished().count() > 0);
    }

    /** After the invitations, each change goes out in a job of the cycle's process (its event subprocess). */
    private void changed(String cycleKey, boolean released) {
        if (released) {
            // the official may change the groups; the engine work that follows is the application's
            asApplication.call(() -> runtime.createMessageCorrelation(AgendaProcess.MESSAGE_REFERENCE_GROUPS_CHANGED)
                    .processInstanceId(cycles.find(cycleKey).processInstanceId())
                    .correlateAllWithResult());
        }
    }

    private static String required(String value, int max, String field, String missing, Map<String, String> problems) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            problems.put(field, missing);
        } else if (text.length() > max) {
            problems.put(field, "Högst " + max + " tecken.");
        }
        return text;
    }

    private static List<String> areas(Plan plan, List<String> chosen, Map<String, String> problems) {
        List<String> areas = new ArrayList<>();
        for (String code : chosen) {
            if (plan.rusAreas().stream().noneMatch(area -> area.code().equals(code))) {
                problems.put("rusAreas", "Okänt RUS-område: " + code + ".");
            } else if (!areas.contains(code)) {
                areas.add(code);
            }
        }
        return areas;
    }

    /** The compiled proposals chosen, each once, in the compilation's order; one the cycle does not have is refused. */
    private List<String> proposalIds(String cycleKey, List<String> chosen, Map<String, String> problems) {
        List<String> known = proposals.findByCycle(cycleKey).stream().map(CycleProposal::id).toList();
        for (String id : chosen) {
            if (!known.contains(id)) {
                problems.put(UNKNOWN_ISSUE, "Okänt inspel: " + id + ". Välj bland inspelen i sammanställningen.");
            }
        }
        return known.stream().filter(chosen::contains).toList();
    }

    private static LocalDate meetingDay(Plan plan, String value, Map<String, String> problems) {
        LocalDate day;
        try {
            day = LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            problems.put("meetingDay", "Ange mötesdagen som ÅÅÅÅ-MM-DD.");
            return null;
        }
        LocalDate workshop = plan.datesOf(Step.WORKSHOP).start();
        if (day.isBefore(plan.referenceGroups().start()) || day.isAfter(workshop)) {
            problems.put("meetingDay", "Mötet ska hållas mellan " + plan.referenceGroups().start()
                    + " och workshopen " + workshop + ".");
        }
        return day;
    }

    private static LocalTime meetingTime(String value, Map<String, String> problems) {
        String text = value == null ? "" : value.strip();
        if (!TIME.matcher(text).matches()) {
            problems.put("meetingTime", "Ange mötestiden som TT:MM, t.ex. 13:00.");
            return null;
        }
        return LocalTime.parse(text);
    }

    private static List<ReferenceGroup.Member> members(ReferenceGroup existing, List<GroupDraft.MemberDraft> rows,
                                                       Map<String, String> problems) {
        List<ReferenceGroup.Member> members = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        Set<String> known = new HashSet<>();
        if (existing != null) {
            existing.activeMembers().forEach(member -> known.add(member.id()));
        }
        for (int i = 0; i < rows.size(); i++) {
            GroupDraft.MemberDraft row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            String path = "members[" + i + "].";
            String name = required(row.name(), MAX_NAME, path + "name", "Ange medlemmens namn.", problems);
            String organisation = required(row.organisation(), MAX_NAME, path + "organisation",
                    "Ange medlemmens organisation.", problems);
            String email = row.email() == null ? "" : row.email().strip();
            if (!EMAIL.matcher(email).matches() || email.length() > 320) {
                problems.put(path + "email", "Ange en giltig e-postadress.");
            } else if (!emails.add(email.toLowerCase(Locale.ROOT))) {
                problems.put(path + "email", "E-postadressen " + email + " står redan i gruppen.");
            }
            String competence = required(row.competence(), MAX_COMPETENCE, path + "competence",
                    "Ange vilken kompetens medlemmen bidrar med.", problems);
            String id = row.id() != null && known.contains(row.id()) ? row.id() : UUID.randomUUID().toString();
            ReferenceGroup.Member before = existing == null ? null : existing.members().stream()
                    .filter(member -> member.id().equals(id)).findFirst().orElse(null);
            members.add(new ReferenceGroup.Member(id, name, organisation, email, competence, false,
                    before == null ? null : before.sentSequence(), before == null ? null : before.sentMethod()));
        }
        if (members.isEmpty() && problems.keySet().stream().noneMatch(key -> key.startsWith("members"))) {
            problems.put("members", "En referensgrupp behöver minst en medlem.");
        }
        return members;
    }
}
