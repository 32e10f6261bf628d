/**
 * What one request has done and found so far ({@link org.qiaoyun.kernel.work.RequestWork}): the bottom of
 * the kernel, known to the store and the gate, depending on nothing of ours.
 */
package org.qiaoyun.kernel.work;
