/**
 * Limits that keep one client or one query from taking the service down: query size (characters and tokens),
 * depth and cost computed before execution, a budget of cost per client that refills over time, and a deadline
 * per query. Every rejection is a GraphQL error with a {@code code} extension and a message in Spanish and
 * English; the cost of each query is reported in the response's {@code extensions.cost}.
 */
package org.ocdsnacional.api.limits;
