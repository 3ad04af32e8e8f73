package org.battlequiz.support;

import io.quarkus.test.common.http.TestHTTPResource;
import java.io.IOException;
import java.net.URL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of Quarkus tests that drive a fresh Chromium per test at the running app's root URL. */
public abstract class ChromiumTest {
    @TestHTTPResource("/")
    protected URL root;

    protected Chromium browser;

    @BeforeEach
    void openBrowser() throws IOException {
        browser = Chromium.openOrSkip(1280, 1000);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }
}
