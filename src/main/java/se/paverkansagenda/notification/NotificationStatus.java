package se.paverkansagenda.notification;

/** Where a recorded message stands: not yet sent, the last attempt failed (a retry follows), or sent. */
public enum NotificationStatus {
    PENDING, FAILED, SENT
}
