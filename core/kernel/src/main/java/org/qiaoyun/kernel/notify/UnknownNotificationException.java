package org.qiaoyun.kernel.notify;

import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.api.Text;

/** No such notification, or not one the caller may see (the same answer, so nothing is learnt by trying). */
public class UnknownNotificationException extends UnknownObjectException {

    private static final long serialVersionUID = 1L;

    public UnknownNotificationException(String id) {
        super(Text.of("kernel.notify.unknown", id));
    }
}
