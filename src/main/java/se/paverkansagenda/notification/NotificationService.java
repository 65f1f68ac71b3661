package se.paverkansagenda.notification;

import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import se.paverkansagenda.cycle.Step;

/** Sends the lifecycle's messages. */
@Service
public class NotificationService {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);

    public void notifyStep(String cycleKey, NotificationType type) {
        LOG.info("{}: {}", cycleKey, type);
    }

    public void notifyLateStep(String cycleKey, Step step, OffsetDateTime due) {
        LOG.info("{}: step {} late since {}", cycleKey, step, due);
    }
}
