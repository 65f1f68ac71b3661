package se.paverkansagenda.notification;

/** Every message the lifecycle sends. */
public enum NotificationType {
    PLAN_TO_RSR,
    COMPILATION_TO_RSR,
    PARTNERSHIP_INFORMATION,
    AGENDA_ADOPTED,
    LATE_STEP
}
