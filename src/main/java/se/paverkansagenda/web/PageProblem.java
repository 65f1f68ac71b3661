package se.paverkansagenda.web;

/** A request to one of the officials' pages that is refused with a page saying why. */
public class PageProblem extends RuntimeException {

    private final int status;
    private final String title;

    public PageProblem(int status, String title, String message) {
        super(message);
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
