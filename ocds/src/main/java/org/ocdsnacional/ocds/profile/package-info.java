/**
 * Schema profiles: the OCDS core schemas of one version with the extensions a package declares merged in
 * (JSON Merge Patch), their codelists with the extensions' patches applied, and what each field of the
 * resulting release schema allows. A profile is built once per (version, extension set) and shared.
 */
package org.ocdsnacional.ocds.profile;
