package org.battlequiz.authoring;

import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The teacher's article form: pasted text or a .txt file, and an optional title for the new set. */
public class ArticleForm {
    @RestForm
    public String text;

    @RestForm("file")
    public FileUpload file;

    @RestForm
    @Size(max = 200, message = "The title can have at most 200 characters.")
    public String title;

    String textOrEmpty() {
        return text == null ? "" : text;
    }

    String titleOrEmpty() {
        return title == null ? "" : title;
    }

    boolean hasFile() {
        return file != null && file.size() > 0;
    }
}
