/**
 * The module SPI: what a Qiaoyun module (a PF4J plugin) declares, and what the kernel hands it.
 *
 * <p>A module is a plugin jar with exactly one {@link org.qiaoyun.api.Module} extension. It compiles
 * against this package, the Jakarta EE APIs, Vaadin and PF4J, and nothing of the kernel. The kernel
 * owns every connection, transaction and tenant decision; a module asks for work inside one tenant
 * through a {@link org.qiaoyun.api.TenantScope}.
 */
package org.qiaoyun.api;
