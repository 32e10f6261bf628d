package org.qiaoyun.api.pages;

/**
 * Pages of a module that anyone opens without signing in: a sign-up link posted in a WeChat group, an
 * unsubscribe link, the check of a certificate's number. A module offers this capability through
 * {@link org.qiaoyun.api.Module#services()}.
 *
 * <p>The platform serves them at {@code /p/<tenant>/<moduleId>/<path>} while the module is enabled in
 * that tenant, as light server-rendered HTML for phones (no scripts, no session), rate-limited per
 * client, with bounded sizes. Anything the module does not answer, an unknown tenant and a module
 * switched off all look alike (404), so nothing can be listed by trying. Work runs in the tenant with
 * no signed-in caller ({@link org.qiaoyun.api.TenantScope#currentUser()} is empty; audit entries name
 * no person); give out records by unguessable references only.
 */
public interface PublicPages {

    /** Answers one request; {@link PublicPage#notFound()} for anything the module does not serve. */
    PublicPage answer(PublicRequest request);
}
