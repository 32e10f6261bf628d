/**
 * Notifications: telling people, in their language and by the platform's channels (in the screens' bell, by
 * email), what happened, as part of the change that made it happen (a transactional outbox).
 */
package org.qiaoyun.api.notify;
