/**
 * The staffing extension point: how a module asks the volunteer module for volunteers for its own
 * activities, in tenants where both are enabled.
 */
package org.qiaoyun.api.staffing;
