package se.paverkansagenda.document;

/** The characters an XML document may carry (XML 1.0, section 2.2); documents drop the others. */
final class XmlText {

    private XmlText() {
    }

    static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    static String clean(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().filter(XmlText::allowed).forEach(out::appendCodePoint);
        return out.toString();
    }
}
