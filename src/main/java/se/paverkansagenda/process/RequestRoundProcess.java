package se.paverkansagenda.process;

import java.util.Date;

/**
 * One request of a round, {@code bpmn/requestRound.bpmn}: a municipality's input request or an
 * organisation's consultation request, called once per recipient from the main process.
 */
public final class RequestRoundProcess {

    public static final String KEY = "requestRound";
    public static final String BPMN_RESOURCE = KEY + ".bpmn";
    public static final String MESSAGE_ANSWER_RECEIVED = "AnswerReceived";

    public static final ProcessVariable<String> REQUEST_ID = ProcessVariable.of("requestId", String.class);
    public static final ProcessVariable<Date> ANSWER_DEADLINE = ProcessVariable.of("answerDeadline", Date.class);

    private RequestRoundProcess() {
    }

    /** Element ids. */
    public static final class Elements {
        public static final String START = "StartEvent_RequestCreated";
        public static final String TASK_SEND_REQUEST = "Task_SendRequest";
        public static final String TASK_AWAIT_ANSWER = "Task_AwaitAnswer";
        public static final String TIMER_ANSWER_DEADLINE = "Timer_AnswerDeadline";
        public static final String TASK_REGISTER_NO_ANSWER = "Task_RegisterNoAnswer";
        public static final String END_ANSWERED = "End_RequestAnswered";
        public static final String END_UNANSWERED = "End_RequestUnanswered";
        public static final String GATEWAY_ANSWER_RECEIVED = "Gateway_AnswerReceived";
        public static final String TASK_SEND_RECEIPT = "Task_SendReceipt";
        public static final String END_RECEIPT_SENT = "End_ReceiptSent";

        private Elements() {
        }
    }
}
