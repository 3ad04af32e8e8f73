package org.battlequiz.authoring;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.battlequiz.account.Role;
import org.battlequiz.generation.item.QuestionType;
import org.battlequiz.question.Question;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.question.RejectReason;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The review queue (filter, sort, accept, edit, reject with a reason, several at once, flag for later) and writing,
 * moving and removing items. Every review action returns to the queue as it was filtered, at the next item.
 */
@Path("/teach")
@RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class ReviewResource {
    @Inject
    AuthoringService authoring;

    @Inject
    SetAccess access;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance review(TeacherSet set, ReviewQueue queue, List<RejectReason> reasons,
                                              String notice, List<String> errors);

        static native TemplateInstance item(TeacherSet set, Long itemId, ItemForm form, List<QuestionType> types,
                                            String back, String queue, String notice, Map<String, String> errors);
    }

    @GET
    @Path("sets/{id}/review")
    @Transactional
    public TemplateInstance review(@RestPath long id, @RestQuery String status, @RestQuery String type,
                                   @RestQuery String kind, @RestQuery String sort, @RestQuery String done,
                                   @RestQuery String count) {
        return page(access.editable(id), new ReviewFilter(status, type, kind, sort), notice(done, count), List.of());
    }

    @POST
    @Path("sets/{id}/items/{itemId}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@RestPath long id, @RestPath long itemId, @RestForm String queue) {
        ReviewFilter filter = ReviewFilter.fromQuery(queue);
        Long next = authoring.nextInQueue(id, itemId, filter);
        authoring.accept(id, itemId);
        return backToQueue(id, filter, next);
    }

    @POST
    @Path("sets/{id}/items/{itemId}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@RestPath long id, @RestPath long itemId, @RestForm String reason,
                           @RestForm String note, @RestForm String queue) {
        ReviewFilter filter = ReviewFilter.fromQuery(queue);
        Long next = authoring.nextInQueue(id, itemId, filter);
        try {
            authoring.reject(id, itemId, reason(reason), note);
        } catch (AuthoringException e) {
            throw new WebApplicationException(e.getMessage(), 422);
        }
        return backToQueue(id, filter, next);
    }

    @POST
    @Path("sets/{id}/items/{itemId}/flag")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response flag(@RestPath long id, @RestPath long itemId, @RestForm String flagged,
                         @RestForm String queue) {
        authoring.flag(id, itemId, !"false".equals(flagged));
        return Forms.seeOther(ReviewFilter.fromQuery(queue).reviewPath(id) + "#q" + itemId);
    }

    /** Accepts or rejects every ticked item; the queue then says how many, or why nothing changed. */
    @POST
    @Path("sets/{id}/review/selected")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response reviewSelected(@RestPath long id, MultivaluedMap<String, String> fields) {
        QuestionSet set = access.editable(id);
        Map<String, String> values = Forms.single(fields);
        ReviewFilter filter = ReviewFilter.of(values);
        String action = values.getOrDefault("action", "");
        try {
            if (!action.equals("accept") && !action.equals("reject")) {
                throw new AuthoringException("Choose Accept selected or Reject selected.");
            }
            int count = authoring.reviewMany(id, itemIds(fields.get("item")), action.equals("accept"),
                    reason(values.get("reason")));
            String path = filter.reviewPath(id);
            return Forms.seeOther(path + (path.contains("?") ? "&" : "?") + "done=" + action + "ed&count=" + count);
        } catch (AuthoringException e) {
            return Response.status(422).entity(page(set, filter, null, List.of(e.getMessage()))).build();
        }
    }

    @GET
    @Path("sets/{id}/items/{itemId}/edit")
    @Transactional
    public TemplateInstance editForm(@RestPath long id, @RestPath long itemId, @RestQuery String back,
                                     @RestQuery String queue) {
        QuestionSet set = access.editable(id);
        return Templates.item(TeacherSet.of(set), itemId, ItemForm.of(item(set, itemId).content()),
                ItemForm.TYPES, "set".equals(back) ? "set" : "review", ReviewFilter.fromQuery(queue).query(), null,
                Map.of());
    }

    @POST
    @Path("sets/{id}/items/{itemId}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response edit(@RestPath long id, @RestPath long itemId, MultivaluedMap<String, String> fields) {
        QuestionSet set = access.editable(id);
        Map<String, String> values = Forms.single(fields);
        ItemForm form = ItemForm.fromForm(values);
        String back = "set".equals(values.get("back")) ? "set" : "review";
        ReviewFilter filter = ReviewFilter.fromQuery(values.get("queue"));
        Response retyped = retyped(set, itemId, form, values, back, filter);
        if (retyped != null) {
            return retyped;
        }
        ItemForm.Checked checked = form.check(item(set, itemId).content());
        if (!checked.errors().isEmpty()) {
            return Response.status(422).entity(Templates.item(TeacherSet.of(set), itemId, form, ItemForm.TYPES,
                    back, filter.query(), null, checked.errors())).build();
        }
        Long next = "set".equals(back) ? null : authoring.nextInQueue(id, itemId, filter);
        authoring.update(id, itemId, checked.content());
        return "set".equals(back) ? Forms.seeOther("/teach/sets/" + id + "#item-" + itemId)
                : backToQueue(id, filter, next);
    }

    @GET
    @Path("sets/{id}/items/new")
    @Transactional
    public TemplateInstance newItemForm(@RestPath long id, @RestQuery String type) {
        QuestionSet set = access.editable(id);
        QuestionType chosen;
        try {
            chosen = QuestionType.fromApiName(type == null ? "single_choice" : type);
        } catch (IllegalArgumentException e) {
            chosen = QuestionType.SINGLE_CHOICE;
        }
        return Templates.item(TeacherSet.of(set), null, ItemForm.blank(chosen), ItemForm.TYPES, "set", "", null,
                Map.of());
    }

    @POST
    @Path("sets/{id}/items")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response add(@RestPath long id, MultivaluedMap<String, String> fields) {
        QuestionSet set = access.editable(id);
        Map<String, String> values = Forms.single(fields);
        ItemForm form = ItemForm.fromForm(values);
        Response retyped = retyped(set, null, form, values, "set", ReviewFilter.ALL);
        if (retyped != null) {
            return retyped;
        }
        ItemForm.Checked checked = form.check(null);
        if (!checked.errors().isEmpty()) {
            return Response.status(422).entity(Templates.item(TeacherSet.of(set), null, form, ItemForm.TYPES,
                    "set", "", null, checked.errors())).build();
        }
        long itemId = authoring.add(id, checked.content());
        return Forms.seeOther("/teach/sets/" + id + "#item-" + itemId);
    }

    @POST
    @Path("sets/{id}/items/{itemId}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@RestPath long id, @RestPath long itemId, @RestForm String direction) {
        authoring.move(id, itemId, !"down".equals(direction));
        return Forms.seeOther("/teach/sets/" + id + "#item-" + itemId);
    }

    @POST
    @Path("sets/{id}/items/{itemId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@RestPath long id, @RestPath long itemId) {
        authoring.remove(id, itemId);
        return Forms.seeOther("/teach/sets/" + id + "#items");
    }

    /**
     * The form shown again, nothing saved, with the fields of the type now chosen: when the teacher asked for them
     * ("Show the fields"), or changed the type and saved straight away without seeing the new type's fields.
     */
    private static Response retyped(QuestionSet set, Long itemId, ItemForm form, Map<String, String> values,
                                    String back, ReviewFilter filter) {
        boolean typeChanged = values.containsKey("shown") && !values.get("shown").equals(form.type());
        if (!values.containsKey("retype") && !typeChanged) {
            return null;
        }
        String notice = "The form shows the fields of a " + form.questionType().label().toLowerCase(java.util.Locale.ROOT)
                + " item. Nothing is saved yet: fill them in and choose Save item.";
        return Response.ok(Templates.item(TeacherSet.of(set), itemId, form, ItemForm.TYPES, back, filter.query(),
                notice, Map.of())).build();
    }

    private TemplateInstance page(QuestionSet set, ReviewFilter filter, String notice, List<String> errors) {
        return Templates.review(TeacherSet.of(set), authoring.reviewQueue(set, filter),
                List.of(RejectReason.values()), notice, errors);
    }

    /** "3 items accepted." after a bulk review; nothing for anything else in the address. */
    private static String notice(String done, String count) {
        if (count == null || !count.matches("\\d{1,6}") || !("accepted".equals(done) || "rejected".equals(done))) {
            return null;
        }
        int n = Integer.parseInt(count);
        return n + (n == 1 ? " item " : " items ") + done + ".";
    }

    private static RejectReason reason(String reason) {
        try {
            return RejectReason.valueOf(reason == null ? "" : reason);
        } catch (IllegalArgumentException e) {
            return RejectReason.OTHER;
        }
    }

    private static List<Long> itemIds(List<String> values) {
        if (values == null) {
            return List.of();
        }
        try {
            return values.stream().map(String::strip).map(Long::parseLong).toList();
        } catch (NumberFormatException e) {
            throw new AuthoringException("Some selected items are not in this set any more; reload the page and "
                    + "select again.");
        }
    }

    private static Question item(QuestionSet set, long itemId) {
        Question item = Question.findById(itemId);
        if (item == null || !item.questionSet.id.equals(set.id)) {
            throw new NotFoundException("There is no item " + itemId + " in this set.");
        }
        return item;
    }

    private static Response backToQueue(long id, ReviewFilter filter, Long next) {
        return Forms.seeOther(filter.reviewPath(id) + (next == null ? "#queue" : "#q" + next));
    }
}
