package org.ocdsnacional.harvester.schedule;

/**
 * Quartz's clustered job store on PostgreSQL, shared by the instances that harvest: the schedule, the runs asked for
 * and which instance fires each trigger live there. The password never appears in {@link #toString()}.
 *
 * @param url      the JDBC URL, e.g. {@code jdbc:postgresql://db:5432/ocds}
 * @param user     the database user
 * @param password the user's password
 */
public record SharedStore(String url, String user, String password) {

    @Override
    public String toString() {
        return "SharedStore[url=" + url + ", user=" + user + "]";
    }
}
