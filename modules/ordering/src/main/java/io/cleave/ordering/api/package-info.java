/** Ordering's published contract: the events ordering emits. */
@NamedInterface("api")
package io.cleave.ordering.api;

import org.springframework.modulith.NamedInterface;
