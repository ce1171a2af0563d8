/**
 * Red flags as properties of the national index: each process document carries its flags (code, value, evidence),
 * what it adds to the population and the fields they are searched and counted by; the population's statistics are
 * counted over the index after each harvest and stored, and only the processes whose flags they change are flagged
 * again; reference lists of organizations by RFC are stored and looked up here. The computations are the
 * {@code analytics} module's.
 */
package org.ocdsnacional.indexer.flags;
