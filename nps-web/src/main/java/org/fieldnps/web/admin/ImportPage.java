package org.fieldnps.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fieldnps.persistence.capture.imports.CsvImport;
import org.fieldnps.persistence.capture.imports.ImportKind;
import org.fieldnps.persistence.capture.imports.ImportProblem;
import org.fieldnps.persistence.capture.imports.ImportRefusedException;
import org.fieldnps.persistence.capture.imports.ImportSummary;
import org.primefaces.model.file.UploadedFile;

/**
 * The import page: an admin uploads a CSV file of completed jobs or of historical responses and
 * sees either what was imported or every problem that kept the file out. View scope, so that the
 * list of problems can be paged through after the upload.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = Logger.getLogger(ImportPage.class.getName());

    @Inject
    private CsvImport csvImport;

    private ImportKind kind = ImportKind.JOBS;

    /** Only held between the upload and the action of the same request. */
    private transient UploadedFile file;

    private String fileName;
    private ImportSummary summary;
    private String refusal;
    private List<ImportProblem> problems = List.of();

    public void upload() {
        summary = null;
        refusal = null;
        problems = List.of();
        if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
            tell(FacesMessage.SEVERITY_ERROR, "Choose a CSV file to upload.");
            return;
        }

        fileName = file.getFileName();
        try (InputStream content = file.getInputStream()) {
            summary = csvImport.importFile(kind, content);
        } catch (ImportRefusedException refused) {
            refusal = refused.getMessage();
            problems = refused.problems();
        } catch (IOException unreadable) {
            LOGGER.log(Level.WARNING, "An uploaded file could not be read", unreadable);
            tell(FacesMessage.SEVERITY_ERROR, "The file could not be read. Upload it again.");
        } finally {
            file = null;
        }
    }

    public ImportKind[] getKinds() {
        return ImportKind.values();
    }

    public ImportKind getKind() {
        return kind;
    }

    public void setKind(ImportKind kind) {
        this.kind = kind;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    /** The name of the file last uploaded, as the admin's computer called it. */
    public String getFileName() {
        return fileName;
    }

    /** What the last upload imported, or {@code null} when it imported nothing. */
    public ImportSummary getSummary() {
        return summary;
    }

    /** Why the last upload was refused, or {@code null} when it was not. */
    public String getRefusal() {
        return refusal;
    }

    public List<ImportProblem> getProblems() {
        return problems;
    }

    public long getMaximumBytes() {
        return CsvImport.maximumBytes();
    }

    /** How the summary names the rows that were new: "Jobs created" or "Responses recorded". */
    public String createdLabel(ImportKind of) {
        return of == ImportKind.JOBS ? "Jobs created" : "Responses recorded";
    }

    /** How the summary names the rows that were there before: "Already known" or "Already recorded". */
    public String alreadyKnownLabel(ImportKind of) {
        return of == ImportKind.JOBS ? "Already known" : "Already recorded";
    }

    private static void tell(FacesMessage.Severity severity, String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, message, null));
    }
}
