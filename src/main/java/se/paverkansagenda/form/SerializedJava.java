package se.paverkansagenda.form;

/** A value sent as a serialized Java object, which the engine never takes. */
final class SerializedJava {

    private SerializedJava() {
    }

    static String message(String name) {
        return "Serialiserade Java-objekt tas inte emot" + (name == null || name.isEmpty() ? "" : " (”" + name + "”)")
                + ": skicka värdet som text, tal, datum eller JSON.";
    }
}
