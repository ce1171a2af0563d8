package org.ocdsnacional.app;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import java.nio.file.Path;

/**
 * For a browser test class: the shared portal fixture, one browser for the class (its console read afresh by each
 * test), and a screenshot of the page saved under {@code target/browser-screenshots/} when a test fails.
 */
final class BrowserExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, TestWatcher {

    private PortalFixture portal;
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        portal = PortalFixture.shared(context);
        browser = Browser.start(portal.base());
    }

    /** Each test reads only what its own pages logged to the console. */
    @Override
    public void beforeEach(ExtensionContext context) {
        browser.consoleErrors();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (browser == null) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        Path file = browser.screenshot(Path.of("target", "browser-screenshots", name + ".png"));
        System.out.println("Screenshot of the failed test " + name + ": " + file.toAbsolutePath() + " (page "
                + browser.path() + ")");
    }

    PortalFixture portal() {
        return portal;
    }

    Browser browser() {
        return browser;
    }
}
