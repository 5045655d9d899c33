/**
 * The shared kernel: value types every context speaks (money, quantities, pages) and the kinds of
 * failure a context may report. Pure Java plus jMolecules; an open module every context may use.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
package io.cleave.kernel;

import org.springframework.modulith.ApplicationModule;
