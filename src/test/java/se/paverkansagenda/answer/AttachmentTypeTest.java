package se.paverkansagenda.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AttachmentTypeTest {

    @Test
    void aPdfAndAWordDocumentAreKnownByTheirContent() {
        assertThat(AttachmentType.of(TestFiles.pdf("Yttrande"))).contains(AttachmentType.PDF);
        assertThat(AttachmentType.of(TestFiles.docx("Yttrande"))).contains(AttachmentType.DOCX);
    }

    @Test
    void programsMacroDocumentsOtherArchivesAndTextAreNot() {
        assertThat(AttachmentType.of(TestFiles.program())).isEmpty();
        assertThat(AttachmentType.of(TestFiles.docm())).as("macro-enabled").isEmpty();
        assertThat(AttachmentType.of(TestFiles.zip("readme.txt", "hej"))).as("a ZIP that is no document").isEmpty();
        assertThat(AttachmentType.of("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(AttachmentType.of(new byte[0])).isEmpty();
    }

    @Test
    void aPdfAndAWordDocumentThatOpenHaveNoProblem() {
        assertThat(AttachmentType.PDF.problemOpening(TestFiles.pdf("Yttrande"))).isEmpty();
        assertThat(AttachmentType.DOCX.problemOpening(TestFiles.docx("Yttrande"))).isEmpty();
    }

    @Test
    void aPdfHeaderInFrontOfAProgramOrAWordLookalikeDoesNotOpenAndSaysWhy() {
        byte[] disguised = TestFiles.pdfHeaderOnProgram();
        assertThat(AttachmentType.of(disguised)).as("its first bytes say PDF").contains(AttachmentType.PDF);
        assertThat(AttachmentType.PDF.problemOpening(disguised)).hasValueSatisfying(problem ->
                assertThat(problem).contains("kunde inte öppnas som PDF"));

        byte[] lookalike = TestFiles.docxLookalike();
        assertThat(AttachmentType.of(lookalike)).contains(AttachmentType.DOCX);
        assertThat(AttachmentType.DOCX.problemOpening(lookalike)).hasValueSatisfying(problem ->
                assertThat(problem).contains("kunde inte öppnas som Word (DOCX)"));
    }

    @Test
    void aCutOffOrDamagedArchiveIsNoDocumentAndBreaksNothing() {
        byte[] docx = TestFiles.docx("Yttrande");
        assertThat(AttachmentType.of(Arrays.copyOf(docx, docx.length / 2))).isEmpty();
        byte[] damaged = docx.clone();
        for (int i = docx.length - 22; i < docx.length; i++) {
            damaged[i] = (byte) 0xFF;
        }
        damaged[docx.length - 22] = 0x50;
        damaged[docx.length - 21] = 0x4b;
        damaged[docx.length - 20] = 0x05;
        damaged[docx.length - 19] = 0x06;
        assertThat(AttachmentType.of(damaged)).isEmpty();
    }

    @Test
    void theFileNameLosesFoldersAndControlCharactersAndGetsTheExtensionOfItsContent() {
        assertThat(AttachmentType.PDF.fileName("C:\\Users\\x\\Yttrande.pdf")).isEqualTo("Yttrande.pdf");
        assertThat(AttachmentType.PDF.fileName("../../etc/passwd")).isEqualTo("passwd.pdf");
        assertThat(AttachmentType.PDF.fileName("program.exe")).isEqualTo("program.exe.pdf");
        assertThat(AttachmentType.DOCX.fileName("Svar\r\n\"x\".DOCX")).isEqualTo("Svarx.DOCX");
        assertThat(AttachmentType.DOCX.fileName("")).isEqualTo("bilaga.docx");
        assertThat(AttachmentType.PDF.fileName("a".repeat(300))).hasSize(204);
    }
}
