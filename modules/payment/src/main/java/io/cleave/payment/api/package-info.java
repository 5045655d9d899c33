/** Payment's published contract: the commands it accepts, the events it emits and its query facade. */
@NamedInterface("api")
package io.cleave.payment.api;

import org.springframework.modulith.NamedInterface;
