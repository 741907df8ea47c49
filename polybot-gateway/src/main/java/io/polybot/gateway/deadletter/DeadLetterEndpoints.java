package io.polybot.gateway.deadletter;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UnprocessableContentResponse;
import io.polybot.gateway.auth.AccessControl;
import io.polybot.store.repo.StoredDeadLetter;

import java.time.Instant;

/** {@code /api/dead-letters}: the open dead letters, and retrying or discarding one. */
public final class DeadLetterEndpoints {

    /** A dead letter as listed: what failed, where, why, and the original message as JSON text. */
    public record DeadLetterView(long id, String status, String originalId, String topic, String group, String type, String error,
                                 int deliveries, Instant failedAt, String original) {
        static DeadLetterView of(StoredDeadLetter s) {
            var l = s.letter();
            return new DeadLetterView(s.id(), s.status(), l.originalId(), l.topic(), l.group(), l.type(), l.error(), l.deliveries(),
                    l.failedAt(), l.originalPayloadJson());
        }
    }

    private final DeadLetterDesk desk;

    public DeadLetterEndpoints(DeadLetterDesk desk) { this.desk = desk; }

    public void list(Context ctx) { ctx.json(desk.open().stream().map(DeadLetterView::of).toList()); }

    public void retry(Context ctx) { answer(ctx, desk.retry(id(ctx), AccessControl.principal(ctx).username())); }

    public void discard(Context ctx) { answer(ctx, desk.discard(id(ctx), AccessControl.principal(ctx).username())); }

    private static void answer(Context ctx, DeadLetterDesk.Outcome outcome) {
        switch (outcome) {
            case DeadLetterDesk.Outcome.Done done -> ctx.json(DeadLetterView.of(done.letter()));
            case DeadLetterDesk.Outcome.NotOpen notOpen -> throw new NotFoundResponse("no open dead letter with id " + notOpen.id());
            case DeadLetterDesk.Outcome.Unpublishable u -> throw new UnprocessableContentResponse(u.error());
        }
    }

    private static long id(Context ctx) {
        String text = ctx.pathParam("id");
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("dead letter id must be a whole number, was '" + (text.length() > 20 ? text.substring(0, 20) + "…" : text) + "'");
        }
    }
}
