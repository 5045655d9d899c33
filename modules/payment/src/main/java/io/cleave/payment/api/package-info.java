/** Payment's published contract: the commands it accepts and the events it emits. */
@NamedInterface("api")
package io.cleave.payment.api;

import org.springframework.modulith.NamedInterface;
