/**
 * Catalog's published contract: the query facade other contexts call and the events catalog
 * emits. Records of plain values, the wire format once catalog runs as its own service.
 */
@NamedInterface("api")
package io.cleave.catalog.api;

import org.springframework.modulith.NamedInterface;
