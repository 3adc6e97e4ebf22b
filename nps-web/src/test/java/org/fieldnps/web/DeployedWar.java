package org.fieldnps.web;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build made, as the tests deploy it. */
final class DeployedWar {

    private DeployedWar() {
    }

    static WebArchive asBuilt() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("nps.war")));
    }

    /**
     * The built WAR, unchanged but for one thing: Arquillian's test runner servlet is let through
     * the portal's login, as the in-server tests call it without one.
     */
    static WebArchive withTestRunnerOpen() throws IOException {
        WebArchive war = asBuilt();
        String webXml;
        try (InputStream original = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(original.readAllBytes(), StandardCharsets.UTF_8);
        }
        return war.setWebXML(new StringAsset(webXml.replace("</web-app>", """
                    <security-constraint>
                        <web-resource-collection>
                            <web-resource-name>Arquillian</web-resource-name>
                            <url-pattern>/ArquillianServletRunner</url-pattern>
                            <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                        </web-resource-collection>
                    </security-constraint>
                </web-app>""")));
    }
}
