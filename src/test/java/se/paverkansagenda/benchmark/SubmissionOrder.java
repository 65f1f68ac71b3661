package se.paverkansagenda.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The order in which a burst sends its submissions: every recipient once, a share of them a second
 * time (the same submit sent twice, as a double click or a retrying proxy would), all shuffled so
 * that a duplicate may arrive before, beside or after its original.
 */
final class SubmissionOrder {

    private SubmissionOrder() {
    }

    static <T> List<T> withDuplicates(List<T> recipients, double duplicateShare, long seed) {
        if (duplicateShare < 0 || duplicateShare > 1) {
            throw new IllegalArgumentException("The share of duplicates lies in [0, 1]: " + duplicateShare);
        }
        Random random = new Random(seed);
        List<T> twice = new ArrayList<>(recipients);
        Collections.shuffle(twice, random);
        List<T> order = new ArrayList<>(recipients);
        order.addAll(twice.subList(0, duplicates(recipients.size(), duplicateShare)));
        Collections.shuffle(order, random);
        return order;
    }

    static int duplicates(int recipients, double duplicateShare) {
        return (int) Math.round(recipients * duplicateShare);
    }
}
