/**
 * The admin's decisions in OpenSearch, shared by every instance of a deployment (API or harvester): a source's
 * status set by an admin, the registry reloads asked for, the runs asked for on an instance that does not harvest,
 * and which harvesting instances are alive to take those runs. Instances read them all in one request.
 */
package org.ocdsnacional.indexer.admin;
