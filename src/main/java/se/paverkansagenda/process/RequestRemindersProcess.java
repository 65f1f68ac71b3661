package se.paverkansagenda.process;

import java.util.Date;

/**
 * The reminders of one request, {@code bpmn/requestReminders.bpmn}: started when the request is
 * sent, it waits for each reminder moment of the plan's rule and reminds the recipient if the request
 * is still unanswered. It runs beside the request process, so nothing of it is cancelled when the
 * request is answered or closed: it ends by itself after its last reminder.
 */
public final class RequestRemindersProcess {

    public static final String KEY = "requestReminders";
    public static final String BPMN_RESOURCE = KEY + ".bpmn";

    /** The cycle the request belongs to; its region is the instance's tenant (the region's tenant, see {@code security.RegionTenants}). */
    public static final ProcessVariable<String> CYCLE_KEY = AgendaProcess.CYCLE_KEY;
    public static final ProcessVariable<String> REQUEST_ID = ProcessVariable.of("requestId", String.class);
    /** The next reminder moment; null when there is none left. */
    public static final ProcessVariable<Date> NEXT_REMINDER_AT = ProcessVariable.of("nextReminderAt", Date.class);

    private RequestRemindersProcess() {
    }

    /** Element ids. */
    public static final class Elements {
        public static final String START = "StartEvent_RemindersPlanned";
        public static final String GATEWAY_NEXT_REMINDER = "Gateway_NextReminder";
        public static final String TIMER_REMINDER_DUE = "Timer_ReminderDue";
        public static final String TASK_SEND_REMINDER = "Task_SendReminder";
        public static final String GATEWAY_MORE_REMINDERS = "Gateway_MoreReminders";
        public static final String END_REMINDERS_DONE = "End_RemindersDone";

        private Elements() {
        }
    }
}
