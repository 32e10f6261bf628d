/**
 * Files kept with a module's records: poverty certificates, bills, admission letters on aid cases, documents
 * and photos on legal matters, evidence for a Home of Overseas Chinese. Kept in the platform's database (so a
 * backup, a second instance and a tenant's export all have them), sealed at rest, size-limited, their type
 * told by their content rather than by their name, and every reading of one audited.
 */
package org.qiaoyun.api.files;
