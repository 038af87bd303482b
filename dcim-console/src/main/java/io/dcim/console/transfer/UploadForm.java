package io.dcim.console.transfer;

import java.io.Serializable;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.upload.FileUpload;
import org.apache.wicket.markup.html.form.upload.FileUploadField;
import org.apache.wicket.util.lang.Bytes;

/**
 * The form an import page takes its file in ({@code file}), with the two things to do with it: check it, writing
 * nothing ({@code check}), or import it now ({@code importNow}). Without a file chosen it says the page's
 * {@code file.missing}; with one, it hands the upload to the page. The page's markup places it and any field of its
 * own the page adds (which sheet the file is, say).
 */
public class UploadForm extends Form<Void> {

    /** What the page does with an upload: checks it ({@code write} false) or imports it. */
    @FunctionalInterface
    public interface Action extends Serializable {
        void upload(FileUpload upload, boolean write);
    }

    public UploadForm(String id, long maxBytes, Action action) {
        super(id);
        setMultiPart(true);
        setMaxSize(Bytes.bytes(maxBytes));
        FileUploadField file = new FileUploadField("file");
        add(file);
        add(button("check", file, action, false));
        add(button("importNow", file, action, true));
    }

    private static Button button(String id, FileUploadField file, Action action, boolean write) {
        return new Button(id) {
            @Override
            public void onSubmit() {
                FileUpload upload = file.getFileUpload();
                if (upload == null) {
                    getPage().error(getString("file.missing"));
                } else {
                    action.upload(upload, write);
                }
            }
        };
    }
}
