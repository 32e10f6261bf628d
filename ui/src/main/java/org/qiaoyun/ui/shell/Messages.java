package org.qiaoyun.ui.shell;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.cdi.annotation.VaadinServiceScoped;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * The screens' words in Simplified Chinese (the default) and English, from {@code i18n/messages*.properties}.
 * Lookups never fall back to the server's own locale: a missing English word shows the Chinese one.
 * ({@code @VaadinServiceEnabled} is how vaadin-cdi finds a service-level bean such as this provider.)
 */
@VaadinServiceEnabled
@VaadinServiceScoped
public class Messages implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final long serialVersionUID = 1L;
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String text;
        try {
            text = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            text = "!" + key;
        }
        return params.length == 0 ? text : java.text.MessageFormat.format(text, params);
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && locale.getLanguage().equals("en");
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale lookup = isEnglish(locale) ? ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle("i18n.messages", lookup, Messages.class.getClassLoader(), NO_FALLBACK);
    }
}
