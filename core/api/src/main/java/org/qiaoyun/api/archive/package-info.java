/**
 * How a module's records of one federation travel in the federation's archive, when its data moves to another
 * platform: which tables hold them, and how what the module sealed under its own key is opened for the journey and
 * sealed again under the key of the platform that receives it. The kernel writes and reads the archive itself.
 */
package org.qiaoyun.api.archive;
