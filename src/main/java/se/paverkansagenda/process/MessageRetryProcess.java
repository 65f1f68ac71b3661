package se.paverkansagenda.process;

/**
 * A message that could not be sent when it was written outside the process's own jobs (a revised plan's
 * letters, the plan's warnings at the start) tried again ({@code bpmn/messageRetry.bpmn}): one job that
 * sends the recorded message, retried with the mail's retry cycle and raising an incident in Cockpit after
 * the last try, like the messages the processes send themselves.
 */
public final class MessageRetryProcess {

    public static final String KEY = "messageRetry";
    public static final String BPMN_RESOURCE = KEY + ".bpmn";

    /** The cycle the message belongs to; its region is the instance's tenant (see {@code security.RegionTenants}). */
    public static final ProcessVariable<String> CYCLE_KEY = AgendaProcess.CYCLE_KEY;
    /** The outbox's id of the message to send. */
    public static final ProcessVariable<String> NOTIFICATION_ID = ProcessVariable.of("notificationId", String.class);

    private MessageRetryProcess() {
    }

    /** Element ids. */
    public static final class Elements {
        public static final String START = "StartEvent_MessageNotSent";
        public static final String TASK_SEND_MESSAGE = "Task_SendMessage";
        public static final String END_MESSAGE_SENT = "End_MessageSent";

        private Elements() {
        }
    }
}
