/**
 * The screen kit: what every screen of the shell and of the modules is built with, so that they look and
 * speak alike. {@link org.qiaoyun.screens.Words} for a screen's words in the person's language,
 * {@link org.qiaoyun.screens.FormErrors} for forms that show every field error at once,
 * {@link org.qiaoyun.screens.Attempt} to run an action and tell how it went,
 * {@link org.qiaoyun.screens.Confirm} and {@link org.qiaoyun.screens.ReasonDialog} before decisions,
 * {@link org.qiaoyun.screens.EmptyState} for empty lists, {@link org.qiaoyun.screens.Formats} for amounts,
 * dates, times and durations. Modules compile against it ({@code provided}); it depends on the module SPI
 * and Vaadin only.
 */
package org.qiaoyun.screens;
