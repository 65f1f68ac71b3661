package se.paverkansagenda.stage;

import java.util.List;
import se.paverkansagenda.revision.PlanRevision;

/** A revision of the cycle's plan as the timeline and its PDF list it: version, when, who, why, what. */
public record RevisionLine(int version, String at, String by, String reason, List<String> changes) {

    static RevisionLine of(PlanRevision revision) {
        return new RevisionLine(revision.version(), StageText.moment(revision.revisedAt()), revision.revisedBy(),
                revision.reason(), revision.changes());
    }
}
