package org.qiaoyun.kernel.schedule;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Daily work of the kernel itself (telling a cadre of a contact point waiting too long for a visit), run by
 * {@link DailyRounds} under the same lease and bookkeeping as the modules' work, its {@code id} in place of a
 * module's: once a day per federation where it has something to do.
 *
 * @param id          unique among the modules' ids, e.g. {@code registry.contact-points}
 * @param federations where it may have something to do today
 * @param work        the work of one federation, run as the platform
 */
public record KernelDailyWork(String id, Supplier<List<String>> federations, Consumer<String> work) {
}
