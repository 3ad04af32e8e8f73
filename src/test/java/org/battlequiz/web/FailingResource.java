package org.battlequiz.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoints that fail unexpectedly, to see what a user gets from the catch-all error mapping. */
@Path("/")
public class FailingResource {
    @GET
    @Path("api/test-only/failure")
    public String apiFailure() {
        throw new IllegalStateException("secret internal detail");
    }

    @GET
    @Path("test-only/failure")
    public String pageFailure() {
        throw new IllegalStateException("secret internal detail");
    }

    /** What a query meets while the database restarts: the driver's connection error wrapped by the ORM. */
    @GET
    @Path("{prefix:(api/)?}test-only/database-away")
    public String databaseAway() {
        throw new jakarta.persistence.PersistenceException("could not execute statement",
                new java.sql.SQLException("An I/O error occurred while sending to the backend.", "08006"));
    }

    /** What a request meets when every pooled connection stays busy past the acquisition timeout. */
    @GET
    @Path("test-only/pool-busy")
    public String poolBusy() {
        throw new jakarta.persistence.PersistenceException("Unable to acquire JDBC Connection", new java.sql.SQLException(
                "Acquisition timeout while waiting for new connection", new java.util.concurrent.TimeoutException()));
    }
}
