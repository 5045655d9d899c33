package io.cleave.ordering.application.port.out;

import java.util.Collection;
import java.util.Map;

import org.jmolecules.architecture.hexagonal.SecondaryPort;


/** What ordering needs from the catalog: current unit prices, in one call for all lines. */
@SecondaryPort
public interface ProductPrices {

    /** The quotes of the SKUs catalog knows, by SKU; unknown SKUs are absent. */
    Map<String, QuotedPrice> quote(Collection<String> skus);
}
