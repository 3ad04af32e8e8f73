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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.battlequiz.account.Role;
import org.battlequiz.question.Question;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.generation.item.QuestionType;
import org.battlequiz.question.RejectReason;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The review queue (accept, edit, reject with a reason) and writing, moving and removing items. */
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
        static native TemplateInstance review(TeacherSet set, List<ItemView> items, List<ReviewTally> tallies,
                                              ReviewTally total, List<RejectReason> reasons);

        static native TemplateInstance item(TeacherSet set, Long itemId, ItemForm form, List<QuestionType> types,
                                            String back, List<String> errors);
    }

    @GET
    @Path("sets/{id}/review")
    @Transactional
    public TemplateInstance review(@RestPath long id) {
        QuestionSet set = access.editable(id);
        List<Question> all = authoring.allItems(set);
        List<ItemView> items = new ArrayList<>();
        for (Question question : all) {
            items.add(ItemView.of(question, items.size() + 1));
        }
        List<ItemView> queue = items.stream()
                .sorted(Comparator.comparing((ItemView item) -> !item.pending()).thenComparing(ItemView::rejected))
                .toList();
        List<ReviewTally> tallies = ReviewTally.perVersion(all);
        return Templates.review(TeacherSet.of(set), queue, tallies, ReviewTally.total(tallies),
                List.of(RejectReason.values()));
    }

    @POST
    @Path("sets/{id}/items/{itemId}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@RestPath long id, @RestPath long itemId) {
        authoring.accept(id, itemId);
        return backToReview(id, itemId);
    }

    @POST
    @Path("sets/{id}/items/{itemId}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@RestPath long id, @RestPath long itemId, @RestForm String reason,
                           @RestForm String note) {
        RejectReason why;
        try {
            why = RejectReason.valueOf(reason == null ? "" : reason);
        } catch (IllegalArgumentException e) {
            why = RejectReason.OTHER;
        }
        try {
            authoring.reject(id, itemId, why, note);
        } catch (AuthoringException e) {
            throw new WebApplicationException(e.getMessage(), 422);
        }
        return backToReview(id, itemId);
    }

    @GET
    @Path("sets/{id}/items/{itemId}/edit")
    @Transactional
    public TemplateInstance editForm(@RestPath long id, @RestPath long itemId, @RestQuery String back) {
        QuestionSet set = access.editable(id);
        return Templates.item(TeacherSet.of(set), itemId, ItemForm.of(item(set, itemId).content()),
                ItemForm.TYPES, "set".equals(back) ? "set" : "review", List.of());
    }

    @POST
    @Path("sets/{id}/items/{itemId}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response edit(@RestPath long id, @RestPath long itemId, MultivaluedMap<String, String> fields) {
        QuestionSet set = access.editable(id);
        Map<String, String> values = Forms.single(fields);
        ItemForm form = ItemForm.fromForm(values);
        List<String> errors = new ArrayList<>();
        QuestionContent content = form.toContent(item(set, itemId).content(), errors);
        String back = "set".equals(values.get("back")) ? "set" : "review";
        if (!errors.isEmpty()) {
            return Response.status(422).entity(Templates.item(TeacherSet.of(set), itemId, form, ItemForm.TYPES,
                    back, errors)).build();
        }
        authoring.update(id, itemId, content);
        return "set".equals(back) ? Forms.seeOther("/teach/sets/" + id + "#items") : backToReview(id, itemId);
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
        return Templates.item(TeacherSet.of(set), null, ItemForm.blank(chosen), ItemForm.TYPES, "set", List.of());
    }

    @POST
    @Path("sets/{id}/items")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response add(@RestPath long id, MultivaluedMap<String, String> fields) {
        QuestionSet set = access.editable(id);
        ItemForm form = ItemForm.fromForm(Forms.single(fields));
        List<String> errors = new ArrayList<>();
        QuestionContent content = form.toContent(null, errors);
        if (!errors.isEmpty()) {
            return Response.status(422).entity(Templates.item(TeacherSet.of(set), null, form, ItemForm.TYPES,
                    "set", errors)).build();
        }
        authoring.add(id, content);
        return Forms.seeOther("/teach/sets/" + id + "#items");
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

    private static Question item(QuestionSet set, long itemId) {
        Question item = Question.findById(itemId);
        if (item == null || !item.questionSet.id.equals(set.id)) {
            throw new NotFoundException("There is no item " + itemId + " in this set.");
        }
        return item;
    }

    private static Response backToReview(long id, long itemId) {
        return Forms.seeOther("/teach/sets/" + id + "/review#q" + itemId);
    }
}
