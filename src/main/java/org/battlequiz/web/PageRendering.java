package org.battlequiz.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Renders a page's template on the thread that built its data, before the framework's asynchronous rendering
 * would: the pages hold only data already read, so suspending the request for them costs more than the page.
 */
public class PageRendering {
    @ServerResponseFilter(priority = Priorities.USER + 1_000)
    public void render(ContainerResponseContext response) {
        if (response.getEntity() instanceof TemplateInstance page) {
            response.setEntity(page.render());
        }
    }
}
