package org.qiaoyun.api.rights;

import java.util.List;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;

/**
 * How long a module keeps people's details in each kind of its records once the record's work is done, and their
 * erasure when that time has run out (PIPL art. 47: the period agreed or needed has ended). A module offers it through
 * {@code Module.services()}. The platform keeps each federation's period for each kind (its own admins set it within
 * the bounds the kind gives; the default until they do), and once a day, on one instance under the run-once lease and
 * on the platform's clock, asks the module to erase what is past its period, auditing how many records were erased.
 */
public interface Retention {

    /**
     * A kind of record and its keeping period in months: what the period runs from ({@code from}, in the reader's
     * language), its default and the shortest and longest a federation may set (a law's period as the shortest).
     */
    record Kind(String code, Text name, Text from, int defaultMonths, int leastMonths, int mostMonths) {

        public Kind {
            if (code == null || code.isBlank() || name == null || from == null) {
                throw new IllegalArgumentException("a kind of record has a code, a name and what its period runs from");
            }
            if (leastMonths < 1 || defaultMonths < leastMonths || mostMonths < defaultMonths) {
                throw new IllegalArgumentException("a keeping period's default lies between its shortest (at least a month) and longest");
            }
        }

        /** Whether a federation may keep this kind for {@code months}. */
        public boolean allows(int months) {
            return months >= leastMonths && months <= mostMonths;
        }
    }

    /** The kinds of record whose people's details this module erases when their period ends. */
    List<Kind> kinds();

    /**
     * Erases in place, as an erasure asked for by the person would, the personal details of the records of {@code kind}
     * in the scope's federation whose period of {@code months} ended before the scope's today (on its clock), passing
     * over what may not be erased yet (work still in hand); audits what it erased without the people's details and
     * answers how many. Run again, it erases nothing more.
     */
    int eraseEnded(TenantScope federation, String kind, int months);
}
