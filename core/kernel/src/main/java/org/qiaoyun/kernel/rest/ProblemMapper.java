package org.qiaoyun.kernel.rest;

import org.qiaoyun.api.Text;
import org.qiaoyun.kernel.text.Texts;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.api.Refusal;
import java.util.Locale;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Context;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.ModuleUnavailableException;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.kernel.identity.DuplicateAccountException;
import org.qiaoyun.kernel.identity.IdentityRuleViolation;
import org.qiaoyun.kernel.identity.UnknownAccountException;
import org.qiaoyun.kernel.module.ModuleNotAllowedException;
import org.qiaoyun.kernel.module.UnknownModuleException;
import org.qiaoyun.kernel.tenant.DuplicateTenantException;
import org.qiaoyun.kernel.tenant.TenantReadOnlyException;
import org.qiaoyun.kernel.tenant.TenantRuleViolation;
import org.qiaoyun.kernel.tenant.TenantSuspendedException;
import org.qiaoyun.kernel.tenant.UnknownTenantException;
import org.qiaoyun.kernel.tenant.tree.InvalidTreeException;

/**
 * Turns every exception that leaves a resource, the kernel's or a module's, into an
 * {@code application/problem+json} answer that says what is wrong. Unknown failures are logged and
 * answered 500 without internals.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Inject
    Kernel kernel;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
        Throwable cause = e instanceof RollbackException && e.getCause() != null ? e.getCause() : e;
        Response response = map(e, cause);
        if (cause instanceof Refusal refusal && refusal.text() != null && response.getEntity() instanceof Problem problem) {
            return Response.fromResponse(response).entity(told(problem, refusal.text())).build();
        }
        return response;
    }

    /** The problem saying {@code text} in the language the request asked for (Chinese for zh*, else English), with its code. */
    private Problem told(Problem problem, Text text) {
        Texts texts = kernel == null ? new Texts() : kernel.texts();
        Locale language = Texts.of(headers == null ? java.util.List.of() : headers.getAcceptableLanguages());
        return problem.told(texts.render(text, language), text.code());
    }

    private Response map(Throwable e, Throwable cause) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RequestSizeLimit.BodyTooLargeException tooLarge) {
                return RequestSizeLimit.tooLarge(tooLarge.limit());
            }
        }
        if (cause instanceof TenantRuleViolation violation) {
            return Problem.response(Status.BAD_REQUEST, violation.getMessage(), violation.field());
        }
        if (cause instanceof InvalidRequestException invalid) {
            return Problem.response(Status.BAD_REQUEST, invalid.getMessage(), invalid.field());
        }
        if (cause instanceof InvalidInputException invalid) {
            return Problem.response(Status.BAD_REQUEST, invalid.getMessage(), invalid.field());
        }
        if (cause instanceof UnknownObjectException) {
            return Problem.response(Status.NOT_FOUND, cause.getMessage(), null);
        }
        if (cause instanceof org.qiaoyun.api.TooManyRequestsException tooMany) {
            return Response.fromResponse(Problem.response(429, "Too Many Requests", cause.getMessage(), null))
                    .header("Retry-After", Long.toString(tooMany.retryAfterSeconds())).build();
        }
        if (cause instanceof ConflictException conflict) {
            return Problem.response(Status.CONFLICT, conflict.getMessage(), conflict.field());
        }
        if (cause instanceof PermissionDeniedException) {
            return Problem.response(Status.FORBIDDEN, cause.getMessage(), null);
        }
        if (cause instanceof InvalidTreeException invalid) {
            return Problem.invalid(invalid.getMessage(), invalid.errors());
        }
        if (cause instanceof IdentityRuleViolation violation) {
            return Problem.response(Status.BAD_REQUEST, violation.getMessage(), violation.field());
        }
        if (cause instanceof IllegalArgumentException) {
            return Problem.response(Status.BAD_REQUEST, cause.getMessage(), null);
        }
        if (cause instanceof ForbiddenException) {
            return Problem.response(Status.FORBIDDEN, cause.getMessage(), null);
        }
        if (cause instanceof org.qiaoyun.kernel.access.AccessDeniedException) {
            return Problem.response(Status.FORBIDDEN, cause.getMessage(), null);
        }
        if (cause instanceof org.qiaoyun.kernel.access.NotVisibleException
                || cause instanceof org.qiaoyun.kernel.identity.UnknownTokenException) {
            return Problem.response(Status.NOT_FOUND, cause.getMessage(), null);
        }
        if (cause instanceof org.qiaoyun.kernel.identity.SecondFactorNeeded) {
            return Problem.response(401, "Unauthorized", cause.getMessage(), "code");
        }
        if (cause instanceof DuplicateAccountException) {
            return Problem.response(Status.CONFLICT, cause.getMessage(), "username");
        }
        if (cause instanceof UnknownTenantException || cause instanceof UnknownModuleException
                || cause instanceof UnknownAccountException
                || cause instanceof ModuleUnavailableException || cause instanceof TenantSuspendedException) {
            return Problem.response(Status.NOT_FOUND, cause.getMessage(), null);
        }
        if (cause instanceof DuplicateTenantException) {
            return Problem.response(Status.CONFLICT, cause.getMessage(), "code");
        }
        if (cause instanceof OptimisticLockException) {
            return spoken(Status.CONFLICT, Text.of("platform.stale"), "version"); // as StaleVersionException
        }
        if (uniqueViolation(e)) {
            // two requests raced to make the same thing (the database's unique key decided): the loser hears why
            return spoken(Status.CONFLICT, Text.of("kernel.request.race"), null);
        }
        if (cause instanceof TenantReadOnlyException) {
            return Problem.response(Status.CONFLICT, cause.getMessage(), null);
        }
        if (cause instanceof ModuleNotAllowedException) {
            return Problem.response(Status.FORBIDDEN, cause.getMessage(), null);
        }
        if (cause instanceof JsonbException || cause instanceof ProcessingException) {
            return spoken(Status.BAD_REQUEST, Text.of("kernel.request.not-json", rootMessage(cause)), null);
        }
        if (cause instanceof WebApplicationException web) {
            Response original = web.getResponse();
            return Problem.response(original.getStatus(), original.getStatusInfo().getReasonPhrase(), web.getMessage(), null);
        }
        LOG.log(Level.SEVERE, "unexpected failure in a REST call", e);
        return spoken(Status.INTERNAL_SERVER_ERROR, Text.of("kernel.unexpected"), null);
    }

    /** A problem saying {@code text} in the language the request asked for, with its code. */
    private Response spoken(Status status, Text text, String field) {
        Problem problem = (Problem) Problem.response(status, Texts.english(text), field).getEntity();
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(told(problem, text)).build();
    }

    /** Whether a unique key of the database refused the change (SQLSTATE 23505, on PostgreSQL and H2 alike). */
    static boolean uniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
