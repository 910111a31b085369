package mx.ventanilla.pwa;

import com.vaadin.flow.server.VaadinServlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebInitParam;
import jakarta.servlet.annotation.WebServlet;

/** The Vaadin servlet: registers the translations and creates the {@link PwaServices} from the settings. */
@WebServlet(urlPatterns = "/*", asyncSupported = true, initParams = {
        @WebInitParam(name = "i18n.provider", value = "mx.ventanilla.pwa.i18n.Translations"),
        @WebInitParam(name = "devmode.devTools.enabled", value = "false")})
public class VentanillaServlet extends VaadinServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void servletInitialized() throws ServletException {
        super.servletInitialized();
        getService().getContext().setAttribute(PwaServices.class, PwaServices.from(PwaSettings.fromEnvironment()));
    }
}
