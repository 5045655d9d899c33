package io.cleave.catalog.adapter.out.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

interface ProductRows extends ListCrudRepository<ProductRow, UUID>, ListPagingAndSortingRepository<ProductRow, UUID> {

    Optional<ProductRow> findBySku(String sku);

    List<ProductRow> findBySkuIn(Collection<String> skus);
}
