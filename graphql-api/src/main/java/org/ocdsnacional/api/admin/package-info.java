/**
 * Administration over GraphQL: the {@code Mutation} type (run a source now, change a source's status, reload the
 * registry), the {@link org.ocdsnacional.api.admin.AdminOperations} the application implements behind it, and the
 * bearer-token check every admin field passes first.
 */
package org.ocdsnacional.api.admin;
