/**
 * Customer's published contract: the query facade other contexts call and the events customer
 * emits. Records of plain values, the wire format once customer runs as its own service.
 */
@NamedInterface("api")
package io.cleave.customer.api;

import org.springframework.modulith.NamedInterface;
