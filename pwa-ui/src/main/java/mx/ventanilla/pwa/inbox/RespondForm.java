package mx.ventanilla.pwa.inbox;

import java.io.Serial;
import java.nio.file.Path;
import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.FileFactory;
import com.vaadin.flow.server.streams.FileUploadCallback;
import com.vaadin.flow.server.streams.FileUploadHandler;
import com.vaadin.flow.shared.Registration;
import mx.ventanilla.pwa.api.Turn;
import mx.ventanilla.pwa.api.TurnsApi;

/**
 * The answer to a turn: text, photos taken with the rear camera and any files. Raises a {@link RespondEvent}; an empty
 * text gets a message and raises nothing.
 *
 * <p>Each photo or file waits in a temporary file of its own ({@link AnswerFiles}) rather than in memory. One removed
 * from its upload list is deleted at once; the rest are deleted when the form is detached: when its dialog closes,
 * after the answer was sent or cancelled, when the user navigates away or when the session ends. An answer that the
 * API refused keeps its files, so that the user may send it again without choosing them again.
 */
class RespondForm extends VerticalLayout {

    @Serial
    private static final long serialVersionUID = 1L;

    static final int MOST_CHARACTERS = 5000;

    private final Turn turn;
    private final TextArea text = new TextArea();
    private final AnswerFiles files = new AnswerFiles(Path.of(System.getProperty("java.io.tmpdir")));
    private final Paragraph error = new Paragraph();

    RespondForm(Turn turn) {
        this.turn = turn;
        addClassName("respond-form");
        setPadding(false);
        text.setLabel(getTranslation("respond.text"));
        text.setMaxLength(MOST_CHARACTERS);
        text.setRequired(true);
        text.setWidthFull();
        text.addClassName("respond-text");
        error.addClassName("respond-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        Button send = new Button(getTranslation("respond.send"), click -> submit());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("respond-send");
        send.setMinHeight("44px");
        add(text, new Span(getTranslation("respond.photos")), createUpload(true),
                new Span(getTranslation("respond.files")), createUpload(false), error, send);
        addDetachListener(detached -> files.close());
    }

    Registration addRespondListener(ComponentEventListener<RespondEvent> listener) {
        return addListener(RespondEvent.class, listener);
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private Upload createUpload(boolean camera) {
        String list = camera ? "respond-photos" : "respond-files";
        Upload upload = new Upload(new LimitedFileUpload(
                (metadata, file) -> files.received(file, contentType(metadata.contentType())),
                metadata -> files.create(list, metadata.fileName())));
        upload.addFileRemovedListener(removed -> files.remove(list, removed.getFileName()));
        upload.addClassName(list);
        upload.setMaxFileSize((int) LimitedFileUpload.MOST_BYTES);
        upload.setI18n(i18n(camera));
        if (camera) {
            upload.setAcceptedFileTypes("image/*");
            upload.getElement().setAttribute("capture", "environment");
        }
        upload.setWidthFull();
        return upload;
    }

    /**
     * Receives a file to disk and refuses, on the server, one larger than the limit the browser is told: a client that
     * ignores the component's {@code maxFileSize} cannot fill the disk.
     */
    static final class LimitedFileUpload extends FileUploadHandler {

        @Serial
        private static final long serialVersionUID = 1L;

        static final long MOST_BYTES = 20L * 1024 * 1024;

        LimitedFileUpload(FileUploadCallback received, FileFactory factory) {
            super(received, factory);
        }

        @Override
        public long getFileSizeMax() {
            return MOST_BYTES;
        }

        @Override
        public long getRequestSizeMax() {
            return MOST_BYTES + 64 * 1024;
        }
    }

    private UploadI18N i18n(boolean camera) {
        UploadI18N i18n = new UploadI18N();
        String add = getTranslation(camera ? "respond.add-photo" : "respond.add-file");
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("respond.drop"))
                .setMany(getTranslation("respond.drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("respond.too-many"))
                .setFileIsTooBig(getTranslation("respond.too-big"))
                .setIncorrectFileType(getTranslation("respond.wrong-type")));
        return i18n;
    }

    private static String contentType(String declared) {
        return declared == null || declared.isBlank() ? "application/octet-stream" : declared;
    }

    private void submit() {
        error.setVisible(false);
        if (text.getValue().isBlank()) {
            showError(getTranslation("respond.missing-text"));
            return;
        }
        fireEvent(new RespondEvent(this, turn, text.getValue().strip(), files.attachments()));
    }

    /** The user asked to send this answer. */
    static final class RespondEvent extends ComponentEvent<RespondForm> {

        @Serial
        private static final long serialVersionUID = 1L;

        private final transient Turn turn;
        private final String text;
        private final transient List<TurnsApi.Attachment> attachments;

        RespondEvent(RespondForm source, Turn turn, String text, List<TurnsApi.Attachment> attachments) {
            super(source, false);
            this.turn = turn;
            this.text = text;
            this.attachments = attachments;
        }

        Turn turn() {
            return turn;
        }

        String text() {
            return text;
        }

        List<TurnsApi.Attachment> attachments() {
            return attachments;
        }
    }
}
