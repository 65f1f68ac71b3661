package se.paverkansagenda.followup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.paverkansagenda.answer.AnswerAudit;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.process.AgendaProcess.Groups;
import se.paverkansagenda.round.ActionRefusedException;
import se.paverkansagenda.round.Answer;
import se.paverkansagenda.round.AnswerChannel;
import se.paverkansagenda.round.AnswerOutcome;
import se.paverkansagenda.round.RequestStatus;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;
import se.paverkansagenda.security.CurrentUser;
import se.paverkansagenda.web.BadRequestException;

/** Officials follow a round and register answers that came in by other channels. */
@RestController
@RequestMapping("/api")
public class RoundController {

    private final RoundService rounds;
    private final CurrentUser user;
    private final AnswerAudit audit;
    private final DeadlineService deadlines;
    private final CycleService cycles;
    private final RoundFollowUp followUp;

    public RoundController(RoundService rounds, CurrentUser user, AnswerAudit audit,
                           DeadlineService deadlines, RoundFollowUp followUp, CycleService cycles) {
        this.followUp = followUp;
        this.rounds = rounds;
        this.user = user;
        this.audit = audit;
        this.deadlines = deadlines;
        this.cycles = cycles;
    }

    @GetMapping("/cycles/{businessKey}/rounds/{kind}")
    public List<RequestView> round(@PathVariable String businessKey, @PathVariable RoundKind kind) {
        user.requireAnyGroup(Groups.OFFICIALS, Groups.PROCESS_OWNERS);
        cycles.find(businessKey);
        return rounds.requestsOf(businessKey, kind).stream().map(RequestView::of).toList();
    }

    @PostMapping("/requests/{requestId}/answer")
    public ResponseEntity<AnswerReceipt> answer(@PathVariable String requestId, @Valid @RequestBody AnswerBody body) {
        user.requireAnyGroup(Groups.OFFICIALS, Groups.PROCESS_OWNERS);
        AnswerOutcome outcome;
        try {
            outcome = followUp.recordOnBehalf(requestId, new Answer(body.text(), user.id(), AnswerChannel.OFFICIAL,
                    deadlines.today()), body.sections() == null ? List.of() : body.sections());
        } catch (ActionRefusedException refused) {
            throw new BadRequestException(refused.getMessage());
        }
        if (outcome == AnswerOutcome.RECORDED) {
            audit.record(requestId, AnswerAudit.Action.REGISTER, user.id(), OffsetDateTime.now(deadlines.clock()),
                    AnswerChannel.OFFICIAL.swedishName() + " via API:\n" + body.text()
                            + (body.sections() == null || body.sections().isEmpty() ? ""
                            : "\nAvsnitt: " + String.join(", ", body.sections())));
        }
        HttpStatus status = outcome == AnswerOutcome.RECORDED ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).body(new AnswerReceipt(requestId, outcome));
    }

    public record AnswerBody(
            @NotBlank(message = "svarstexten saknas")
            @Size(max = 100_000, message = "svarstexten får vara högst 100 000 tecken") String text,
            @Size(max = 200, message = "högst 200 avsnitt") List<String> sections) {
    }

    public record AnswerReceipt(String requestId, AnswerOutcome outcome) {
    }

    public record RequestView(String id, String recipientCode, String recipientName, RequestStatus status,
                              LocalDate deadline, OffsetDateTime closedAt, String answeredBy) {
        static RequestView of(RoundRequest r) {
            return new RequestView(r.id(), r.recipientCode(), r.recipientName(), r.status(), r.deadline(),
                    r.closedAt(), r.answeredBy());
        }
    }
}
