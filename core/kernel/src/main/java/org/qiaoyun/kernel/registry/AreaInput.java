package org.qiaoyun.kernel.registry;

import java.util.Locale;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;

/**
 * What a person enters for an area, checked field by field: a refusal names the field at fault.
 *
 * @param divisionCode nine digits for a township, twelve for a village (GB/T 2260 and its extensions)
 * @param people       the people counted, 0 or more
 * @param surveyYear   the year of the survey the count comes from; optional
 * @param organisedIn  the year the area's organisation was set up, if known (the coverage progress by year counts a
 *                     federation from it; see {@link CoverageProgress}); not after this year, which the service checks
 */
public record AreaInput(String divisionCode, String name, int people, Integer surveyYear, String surveySource,
                        OrganisationForm organisation, String organisationName, Integer organisedIn) {

    /** An area whose organisation's founding year is not known. */
    public AreaInput(String divisionCode, String name, int people, Integer surveyYear, String surveySource,
                     OrganisationForm organisation, String organisationName) {
        this(divisionCode, name, people, surveyYear, surveySource, organisation, organisationName, null);
    }

    public AreaInput {
        divisionCode = divisionCode == null ? "" : divisionCode.strip();
        if (AreaKind.ofDigits(divisionCode.length()).isEmpty() || !divisionCode.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidInputException("divisionCode", Text.of("kernel.registry.area-code-format", divisionCode));
        }
        name = text("name", "name", name, 100, true);
        if (people < 0 || people > Area.MAX_PEOPLE) {
            throw new InvalidInputException("people", Text.of("kernel.registry.people-range", Area.MAX_PEOPLE));
        }
        if (surveyYear != null && (surveyYear < 1949 || surveyYear > 2100)) {
            throw new InvalidInputException("surveyYear", Text.of("kernel.registry.survey-year", surveyYear));
        }
        surveySource = text("surveySource", "survey-source", surveySource, 200, false);
        organisation = organisation == null ? OrganisationForm.NONE : organisation;
        organisationName = organisation == OrganisationForm.NONE ? null : text("organisationName", "organisation-name", organisationName, 100, false);
        if (organisation == OrganisationForm.NONE) {
            organisedIn = null;
        } else if (organisedIn != null && (organisedIn < 1900 || organisedIn > 2100)) {
            throw new InvalidInputException("organisedIn", Text.of("kernel.registry.organised-in", String.valueOf(organisedIn)));
        }
    }

    /** The founding year against this year in Beijing: an organisation is not set up in a year still to come. */
    void checkYear(int thisYear) {
        if (organisedIn != null && organisedIn > thisYear) {
            throw new InvalidInputException("organisedIn", Text.of("kernel.registry.organised-in", String.valueOf(organisedIn)));
        }
    }

    public AreaKind kind() {
        return AreaKind.ofDigits(divisionCode.length()).orElseThrow();
    }

    /** The organisation form by its wire name ({@code branch}), refused naming the field when it is none of them. */
    public static OrganisationForm form(String wire) {
        if (wire == null || wire.isBlank()) {
            return OrganisationForm.NONE;
        }
        try {
            return OrganisationForm.valueOf(wire.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("organisation", Text.of("kernel.registry.organisation-form", wire));
        }
    }

    /** A text field; its refusals are coded by {@code key} ({@code kernel.registry.name-required}), never by the field's English name. */
    private static String text(String field, String key, String value, int max, boolean required) {
        String stripped = value == null ? null : value.strip();
        if (stripped == null || stripped.isEmpty()) {
            if (required) {
                throw new InvalidInputException(field, Text.of("kernel.registry." + key + "-required"));
            }
            return null;
        }
        if (stripped.length() > max) {
            throw new InvalidInputException(field, Text.of("kernel.registry." + key + "-too-long", max));
        }
        return stripped;
    }
}
