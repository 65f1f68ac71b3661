package se.paverkansagenda.workshop;

import java.util.List;

/** One issue of the workshop's list: its rank, its text, and the municipal proposals merged into it. */
public record PrioritisedIssue(String id, int rank, String title, String description, String rusArea,
                               List<String> proposalIds) {
}
