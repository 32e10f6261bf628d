package org.qiaoyun.screens;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;

import org.qiaoyun.api.Refusal;
import org.qiaoyun.api.Text;

/**
 * The fields of one form by the names the domain uses in its refusals ({@code "residentId"},
 * {@code "title"}), so that a rule broken on save shows beside its field, in the person's language, and
 * what was typed stays. Required fields carry the marker and are checked together before anything is
 * sent: a person sees every missing field at once, not one per try.
 */
public final class FormErrors {

    private final Words words;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Set<String> required = new LinkedHashSet<>();

    public FormErrors(Words words) {
        this.words = words;
    }

    /** Names a field of the form. */
    public <F extends HasValidation> F field(String name, F field) {
        fields.put(name, field);
        return field;
    }

    /** Names a field the form cannot be saved without, and marks it so. */
    public <F extends HasValidation & HasValue<?, ?>> F required(String name, F field) {
        field(name, field);
        required.add(name);
        field.setRequiredIndicatorVisible(true);
        return field;
    }

    /** Clears every error shown. */
    public void clear() {
        clear(fields);
    }

    /** Marks every empty required field at once; true when there was one. */
    public boolean missingRequired() {
        boolean missing = false;
        for (String name : required) {
            HasValidation field = fields.get(name);
            if (field instanceof HasValue<?, ?> value && value.isEmpty()) {
                field.setErrorMessage(words.of(Text.of("platform.required")));
                field.setInvalid(true);
                missing = true;
            }
        }
        return missing;
    }

    /**
     * Shows a refusal beside the field it names, or as a notification when it names none of this form's
     * fields. Anything not a refusal is a fault and propagates.
     */
    public void show(RuntimeException refusal) {
        show(words, refusal, fields);
    }

    /** The same for a form whose fields are given by name here (a dialog built on the spot). */
    public static void show(Words words, RuntimeException refusal, Map<String, ? extends HasValidation> fields) {
        if (!(refusal instanceof Refusal said)) {
            throw refusal;
        }
        showAt(fields, said.field(), words.of(refusal));
    }

    /** A message beside the named field, or as a notification when the form has no such field. */
    public static void showAt(Map<String, ? extends HasValidation> fields, String field, String message) {
        HasValidation target = field == null ? null : fields.get(field);
        if (target == null) {
            Attempt.refused(message);
            return;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    /** Clears the errors the given fields show. */
    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    /**
     * Saves the form: clears old errors, stops at missing required fields, runs {@code save}, and shows a
     * refusal at its field (or a stale change as a notification). True when it was saved.
     */
    public boolean save(Runnable save) {
        clear();
        if (missingRequired()) {
            return false;
        }
        try {
            save.run();
            return true;
        } catch (jakarta.persistence.OptimisticLockException stale) {
            Attempt.refused(words.of(Text.of("platform.stale")));
            return false;
        } catch (RuntimeException e) {
            show(e);
            return false;
        }
    }

    /** Whether the named field shows an error now (for tests and for screens that move focus to it). */
    public boolean showsError(String name) {
        HasValidation field = fields.get(name);
        return field != null && field.isInvalid();
    }
}
