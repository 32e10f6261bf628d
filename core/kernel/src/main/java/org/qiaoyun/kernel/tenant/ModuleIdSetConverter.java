package org.qiaoyun.kernel.tenant;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a module policy as a comma-separated list of module ids. Module ids are slugs without
 * commas, and a policy is read whole on every module check, so one column beats a join here.
 */
@Converter
public class ModuleIdSetConverter implements AttributeConverter<Set<String>, String> {

    @Override
    public String convertToDatabaseColumn(Set<String> ids) {
        return ids == null ? null : String.join(",", ids);
    }

    @Override
    public Set<String> convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        Set<String> ids = new LinkedHashSet<>();
        Arrays.stream(column.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(ids::add);
        return ids;
    }
}
