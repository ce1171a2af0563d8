/**
 * A generator of realistic Mexican OCDS data that plays a publisher of any size: contracting processes of public
 * entities of each state, in Spanish, with suppliers that recur across states and buyers, amounts spread as real
 * ones are, competition as it is (mostly direct awards, invitations, single bids, call-offs of framework agreements,
 * awards by lots, tender and contract amendments), several releases per process across its stages, and a chosen
 * share of invalid data. Every draw of a process depends on the seed, its state and its number, so data sets of
 * several states made from one seed share suppliers but no process. The same seed always gives the same bytes, and
 * any process can be generated alone, so nothing needs to be held in memory.
 */
package org.ocdsnacional.generator;
