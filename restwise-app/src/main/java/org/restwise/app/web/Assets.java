package org.restwise.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where the pages find their browser libraries: served from the WebJars inside the jar, so the app
 * works offline. Versions come from the WebJars themselves, so a version bump in the pom is enough.
 */
public final class Assets {

    public static final String HTMX = webjar("htmx.org", "dist/htmx.min.js");
    public static final String CHART_JS = webjar("chart.js", "dist/chart.umd.min.js");

    private Assets() {
    }

    private static String webjar(String artifact, String file) {
        String properties = "/META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        try (InputStream in = Assets.class.getResourceAsStream(properties)) {
            if (in == null) {
                throw new IllegalStateException("the " + artifact + " WebJar is missing from the classpath");
            }
            Properties pom = new Properties();
            pom.load(in);
            return "/webjars/" + artifact + "/" + pom.getProperty("version") + "/" + file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
