package org.battlequiz.classroom;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.battlequiz.classroom.ClassViews.ClassRow;

/** The classes for the teacher's dashboard ({inject:classList.mine}) and the admin's users page ({inject:classList.all}). */
@RequestScoped
@Named("classList")
public class ClassList {
    @Inject
    SecurityIdentity identity;

    @Inject
    ClassService classes;

    public List<ClassRow> getMine() {
        return identity.isAnonymous() ? List.of() : classes.taughtBy(identity.getPrincipal().getName());
    }

    public List<ClassRow> getAll() {
        return classes.all();
    }
}
