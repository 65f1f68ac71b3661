package se.paverkansagenda.council;

import java.util.Arrays;
import java.util.Optional;

/** What a council is asked to do with an item (the PM says): take note of it, or take a position. */
public enum ItemKind {
    INFORMATION("Informationsärende"),
    POSITION("Ställningstagande");

    private final String swedishName;

    ItemKind(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }

    public static Optional<ItemKind> of(String value) {
        return Arrays.stream(values()).filter(kind -> kind.name().equals(value)).findFirst();
    }
}
