package org.qiaoyun.plugins.aid.casework;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;

/**
 * Whose a case is and by when it should be done: the caseworker it is given to (who then finds it under "mine")
 * and its due date, if any. A case still open after its due date is overdue, and the work list shows it so.
 */
@Embeddable
public class Assignment {

    @Column(name = "assignee", length = 63)
    private String assignee;

    @Column(name = "due_date")
    private LocalDate dueDate;

    protected Assignment() {
    }

    /**
     * Gives a case to {@code assignee} (whom the caller has found to be a caseworker of the federation), due by
     * {@code due} (null: no date); a date already past is refused.
     */
    public static Assignment of(String assignee, LocalDate due, LocalDate today) {
        if (assignee == null || assignee.isBlank()) {
            throw new InvalidInputException("assignee", Text.of("aid.case.assignee-required"));
        }
        if (due != null && due.isBefore(today)) {
            throw new InvalidInputException("dueDate", Text.of("aid.case.due-past", due));
        }
        Assignment assignment = new Assignment();
        assignment.assignee = assignee.strip();
        assignment.dueDate = due;
        return assignment;
    }

    /** The timeline's note of this assignment, kept by its code. */
    Text note() {
        return dueDate == null ? Text.of("aid.event.assigned", assignee) : Text.of("aid.event.assigned-due", assignee, dueDate);
    }

    /** Whether a case so assigned and still open is late on {@code today}. */
    boolean lateOn(LocalDate today) {
        return dueDate != null && dueDate.isBefore(today);
    }

    public String assignee() {
        return assignee;
    }

    /** The day the case should be done by; null when none was set. */
    public LocalDate dueDate() {
        return dueDate;
    }
}
