package org.ocdsnacional.harvester.run;

/**
 * What a withdrawal did.
 *
 * @param withdrawn  processes marked withdrawn
 * @param candidates processes the run did not see
 * @param known      processes of the source before the run
 * @param skipped    whether too many were unseen to withdraw any
 */
public record Withdrawal(long withdrawn, long candidates, long known, boolean skipped) {

    public static final Withdrawal NONE = new Withdrawal(0, 0, 0, false);
}
