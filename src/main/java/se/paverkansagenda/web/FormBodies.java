package se.paverkansagenda.web;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** What a page's form post may be: the checks of every page that takes one, by its body's content type. */
public final class FormBodies {

    private FormBodies() {
    }

    /** A form of fields only ({@code application/x-www-form-urlencoded}). */
    public static boolean isFields(String contentType) {
        return isOneOf(contentType, MediaType.APPLICATION_FORM_URLENCODED);
    }

    /** A form of fields, or of fields and files ({@code multipart/form-data}). */
    public static boolean isFieldsOrFiles(String contentType) {
        return isOneOf(contentType, MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA);
    }

    private static boolean isOneOf(String contentType, MediaType... accepted) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            for (MediaType form : accepted) {
                if (form.isCompatibleWith(type)) {
                    return true;
                }
            }
            return false;
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
