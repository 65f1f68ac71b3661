package se.paverkansagenda.stage;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.security.CurrentUser;

/** A cycle's steps, planned against actual, for the process owner and the officials. */
@RestController
@RequestMapping("/api/cycles/{businessKey}")
public class StageController {

    private final StageProgress progress;
    private final CurrentUser user;

    public StageController(StageProgress progress, CurrentUser user) {
        this.progress = progress;
        this.user = user;
    }

    @GetMapping("/stages")
    public CycleProgress stages(@PathVariable String businessKey) {
        user.requireAnyGroup(AgendaProcess.Groups.PROCESS_OWNERS, AgendaProcess.Groups.OFFICIALS);
        return progress.of(businessKey);
    }
}
