/**
 * A generator of realistic Mexican OCDS data that plays a publisher of any size: contracting processes of public
 * entities of each state, in Spanish, with suppliers that recur across states and buyers, amounts spread as real
 * ones are, several releases per process across its stages, and a chosen share of invalid data. The same seed
 * always gives the same bytes, and any process can be generated alone, so nothing needs to be held in memory.
 */
package org.ocdsnacional.generator;
