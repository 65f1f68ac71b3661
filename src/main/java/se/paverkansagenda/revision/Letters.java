package se.paverkansagenda.revision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.paverkansagenda.plan.Step;

/** What a revision tells each recipient, collected so that each gets one mail with all of it. */
final class Letters {

    private final Map<String, Letter> byRecipient = new LinkedHashMap<>();

    void add(String recipient, List<String> lines) {
        letter(recipient).lines().addAll(lines);
    }

    void invite(String recipient, Invitation invitation) {
        letter(recipient).invitations().add(invitation);
    }

    /** The recipient is no longer invited to the meeting: its calendar is told to drop it. */
    void uninvite(String recipient, Invitation invitation) {
        letter(recipient).cancellations().add(invitation);
    }

    List<Letter> all() {
        return List.copyOf(byRecipient.values());
    }

    private Letter letter(String recipient) {
        return byRecipient.computeIfAbsent(recipient, r -> new Letter(r, new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
    }

    /**
     * One recipient's mail: the lines that concern it, the meetings it is invited to (again) and those it
     * is no longer invited to.
     */
    record Letter(String recipient, List<String> lines, List<Invitation> invitations, List<Invitation> cancellations) {
    }

    /** A meeting to invite to, or to cancel, under its own title. */
    record Invitation(Step step, LocalDate day, String summary) {
    }
}
