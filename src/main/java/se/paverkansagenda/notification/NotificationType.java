package se.paverkansagenda.notification;

/**
 * Every message the lifecycle sends. The first four are the notification steps of the main process
 * (its tasks name them in their {@code notificationType} input); each type has its templates
 * {@code templates/mail/<template>.html} and {@code .txt}.
 */
public enum NotificationType {
    /** Step 2: the implementation plan to RSR, with the notice of the RSR meeting (step 4). */
    PLAN_TO_RSR,
    /** Step 7: the compilation of the input to RSR, and to every municipality (step 6), with the workshop invitation. */
    COMPILATION_TO_RSR,
    /** Step 10: information to the county partnership. */
    PARTNERSHIP_INFORMATION,
    /** After step 12: the adopted agenda, to everyone who took part. */
    AGENDA_ADOPTED,
    /** With step 2: the presidium's invitation to its meeting (step 3). */
    PRESIDIUM_INVITATION,
    /** With step 7: the compilation to one municipality. */
    COMPILATION_TO_MUNICIPALITY,
    /** Step 5: one municipality's input request. */
    INPUT_REQUEST,
    /** Step 11: one organisation's consultation request. */
    CONSULTATION_REQUEST,
    /** Before a round's deadline, to a recipient who has not answered. */
    REMINDER,
    /** To a recipient whose answer was recorded. */
    ANSWER_RECEIPT,
    /** To the process owner, once a round: the requests whose deadline passed without an answer. */
    LATE_ANSWER,
    /** To the process owner: a step passed its planned end. */
    LATE_STEP,
    /** After a council's treatment (RSR, step 4): the extract of its minutes, to the council and the process owner. */
    MINUTES_EXTRACT,
    /** Each period of the plan, to the presidium and the process owner: where the steps stand, with the timeline as PDF. */
    STEERING_REPORT,
    /** To the process owner when a cycle starts from a plan that keeps deadlines on days that are no business days. */
    PLAN_WARNINGS,
    /** To each member of a reference group: the invitation to its meeting, a change of it, or its cancellation. */
    REFERENCE_GROUP_INVITATION,
    /** A running cycle's plan was revised: to the process owner, and to each recipient whose dates or meetings moved. */
    PLAN_REVISED,
    /** Step 1 of a cycle that follows another: the follow-up report, to the presidium, the partnership and the process owner. */
    FOLLOW_UP_REPORT,
    /** To the process owner of a region whose cycle another region offers an issue to share: the offer, with a link to answer it. */
    ISSUE_OFFERED,
    /** To the process owner of the region that offered an issue: the other region accepted or declined it. */
    ISSUE_OFFER_ANSWERED,
    /** To the process owner of the region an issue was offered to: the offer was withdrawn before it was answered. */
    ISSUE_OFFER_WITHDRAWN;

    public String template() {
        return name().toLowerCase().replace('_', '-');
    }
}
