/** Settlement's published contract: the event it emits when a day is closed. */
@NamedInterface("api")
package io.cleave.settlement.api;

import org.springframework.modulith.NamedInterface;
