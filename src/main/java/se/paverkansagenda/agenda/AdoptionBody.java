package se.paverkansagenda.agenda;

import java.util.Optional;

/** The political bodies that may adopt the agenda; the values of the adoption form's field. */
public enum AdoptionBody {
    REGIONAL_COUNCIL("Regionfullmäktige"),
    REGIONAL_EXECUTIVE_BOARD("Regionstyrelsen"),
    REGIONAL_DEVELOPMENT_COMMITTEE("Regionala utvecklingsnämnden (RUN)");

    private final String swedishName;

    AdoptionBody(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }

    public static Optional<AdoptionBody> of(String value) {
        for (AdoptionBody body : values()) {
            if (body.name().equals(value)) {
                return Optional.of(body);
            }
        }
        return Optional.empty();
    }
}
