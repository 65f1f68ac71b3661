package se.paverkansagenda.process;

/**
 * An answer taken in after its request process ended ({@code bpmn/answerAfterClose.bpmn}): a late
 * answer the plan accepts, or one an official registers after the deadline closed the request. It
 * sends the recipient's receipt in a job of its own, as the request process does for answers on time.
 */
public final class AnswerAfterCloseProcess {

    public static final String KEY = "answerAfterClose";
    public static final String BPMN_RESOURCE = KEY + ".bpmn";

    /** The cycle the request belongs to; its region is the instance's tenant (the region's tenant, see {@code security.RegionTenants}). */
    public static final ProcessVariable<String> CYCLE_KEY = AgendaProcess.CYCLE_KEY;
    /** The same variable as the request process's, so that one receipt delegate serves both. */
    public static final ProcessVariable<String> REQUEST_ID = RequestRoundProcess.REQUEST_ID;

    private AnswerAfterCloseProcess() {
    }

    /** Element ids. */
    public static final class Elements {
        public static final String START = "StartEvent_AnswerRecorded";
        public static final String TASK_SEND_RECEIPT = "Task_SendReceipt";
        public static final String END_RECEIPT_SENT = "End_ReceiptSent";

        private Elements() {
        }
    }
}
