package io.cleave.inventory.adapter.out.persistence;

import java.util.Collection;
import java.util.List;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

interface StockItemRows extends ListCrudRepository<StockItemRow, String> {

    /** SELECT ... FOR UPDATE, in SKU order so that concurrent lockers queue instead of deadlocking. */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    List<StockItemRow> findBySkuInOrderBySku(Collection<String> skus);
}
