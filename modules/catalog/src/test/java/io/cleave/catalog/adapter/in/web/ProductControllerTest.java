package io.cleave.catalog.adapter.in.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import io.cleave.catalog.application.port.in.ChangeProductPrice;
import io.cleave.catalog.application.port.in.FindProducts;
import io.cleave.catalog.application.port.in.RegisterProduct;
import io.cleave.catalog.application.port.in.RetireProduct;
import io.cleave.catalog.domain.ProductId;
import io.cleave.catalog.domain.ProductNotFoundException;
import io.cleave.catalog.domain.ProductRetiredException;
import io.cleave.catalog.domain.Sku;
import io.cleave.catalog.domain.SkuAlreadyRegisteredException;
import io.cleave.platform.WebProblemsAutoConfiguration;

/**
 * The catalog controller's error mapping on its own, with the use cases stubbed: bad input is a 400
 * naming the fields and reaches no use case; the kernel's failure kinds are 404, 409 and 422; every
 * answer is problem details naming no class. The controller is imported, since the application's
 * scan leaves the contexts out (ADR 12).
 */
@WebMvcTest
@Import(ProductController.class)
@ImportAutoConfiguration(WebProblemsAutoConfiguration.class)
class ProductControllerTest {

    static final String PRODUCTS = "/api/catalog/products";

    @Autowired MockMvc http;
    @MockitoBean RegisterProduct registerProduct;
    @MockitoBean ChangeProductPrice changeProductPrice;
    @MockitoBean RetireProduct retireProduct;
    @MockitoBean FindProducts findProducts;

    @Test
    void invalidFieldsAre400NamingEachFieldAndReachNoUseCase() throws Exception {
        http.perform(post(PRODUCTS).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sku\":\" \",\"name\":\"Mug\",\"price\":null}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("sku", "price")));
        http.perform(post(PRODUCTS).contentType(MediaType.APPLICATION_JSON).content("{\"sku\":"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Exception"))));
        verify(registerProduct, never()).register(any());
    }

    @Test
    void theKernelsFailureKindsAre404409And422() throws Exception {
        UUID id = UUID.randomUUID();
        when(findProducts.byId(new ProductId(id))).thenThrow(new ProductNotFoundException(new ProductId(id)));
        when(registerProduct.register(any())).thenThrow(new SkuAlreadyRegisteredException(new Sku("MUG-01")));
        when(changeProductPrice.changePrice(any())).thenThrow(new ProductRetiredException(new ProductId(id)));

        http.perform(get(PRODUCTS + "/" + id))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        http.perform(post(PRODUCTS).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sku\":\"MUG-01\",\"name\":\"Mug\",\"price\":{\"amount\":\"9.90\",\"currency\":\"EUR\"}}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(put(PRODUCTS + "/" + id + "/price").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"price\":{\"amount\":\"12.00\",\"currency\":\"EUR\"}}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(Matchers.not(Matchers.containsString("io.cleave"))));
    }
}
