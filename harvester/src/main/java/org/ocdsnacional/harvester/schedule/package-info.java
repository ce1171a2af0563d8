/**
 * Quartz scheduling of harvests: each active source on its cron, runs on demand, catching up at start-up with
 * what the schedule missed (staggered), and never two runs of one source at once. The work itself is a {@link org.ocdsnacional.harvester.schedule.HarvestTask} that the
 * application provides (usually a call to the harvester).
 */
package org.ocdsnacional.harvester.schedule;
