package org.qiaoyun.plugins.events.newsletter;

/** Where the public reaches the newsletter's pages: the module builds the absolute links its emails carry. */
public interface NewsletterLinks {

    /** A sent edition in the public archive. */
    String edition(String tenantCode, int number);

    /** A reader's own unsubscribe page (their unguessable token). */
    String unsubscribe(String tenantCode, String token);

    /** The links under {@code base}, the address the public reaches the platform at. */
    static NewsletterLinks under(String base) {
        return new NewsletterLinks() {
            @Override
            public String edition(String tenantCode, int number) {
                return base + "/p/" + tenantCode + "/events/newsletter/" + number;
            }

            @Override
            public String unsubscribe(String tenantCode, String token) {
                return base + "/p/" + tenantCode + "/events/newsletter/unsubscribe/" + token;
            }
        };
    }
}
