/**
 * Plays publishers over HTTP: a local server that answers each generated source in the wire shape of its protocol
 * ({@code ocds-url}, {@code inai-edca}, {@code pdn-s6}, {@code links-next}, {@code offset-window}, {@code ckan},
 * {@code linked-records}, as {@code shared/docs/SOURCES.md} describes them), one route class per protocol,
 * streaming its answers so that a publisher of any size costs no memory.
 */
package org.ocdsnacional.generator.publish;
