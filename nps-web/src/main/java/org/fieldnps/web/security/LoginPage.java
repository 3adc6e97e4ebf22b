package org.fieldnps.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.logging.Logger;

/** The login form: hands the credentials to Jakarta Security and reports a failure plainly. */
@Named
@RequestScoped
public class LoginPage {

    private static final Logger LOGGER = Logger.getLogger(LoginPage.class.getName());

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext facesContext;

    @NotBlank(message = "Enter your user name.")
    @Size(max = 60, message = "A user name has at most 60 characters.")
    private String username;

    @NotBlank(message = "Enter your password.")
    @Size(max = 200, message = "A password has at most 200 characters.")
    private String password;

    public void login() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));

        switch (status) {
            case SEND_CONTINUE -> facesContext.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath() + "/");
            case SEND_FAILURE, NOT_DONE -> {
                LOGGER.fine("A portal login was refused");
                facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        "Unknown user name or wrong password.", null));
            }
            default -> throw new IllegalStateException("Unexpected authentication status " + status);
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
