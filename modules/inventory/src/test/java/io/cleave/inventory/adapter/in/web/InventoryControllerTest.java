package io.cleave.inventory.adapter.in.web;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import io.cleave.inventory.application.port.in.FindStock;
import io.cleave.inventory.application.port.in.ReceiveStock;
import io.cleave.inventory.domain.StockItem;
import io.cleave.inventory.domain.StockItemNotFoundException;
import io.cleave.kernel.Quantity;
import io.cleave.platform.WebProblemsAutoConfiguration;

/**
 * The inventory controller's mapping on its own, with the use cases stubbed: a receipt answers the
 * stock with what is available; a missing, zero, negative or non-numeric quantity is 400 naming
 * {@code quantity} and reaches no use case; an unknown SKU is 404, naming no class.
 */
@WebMvcTest
@Import(InventoryController.class)
@ImportAutoConfiguration(WebProblemsAutoConfiguration.class)
class InventoryControllerTest {

    static final String INVENTORY = "/api/inventory";

    @Autowired MockMvc http;
    @MockitoBean ReceiveStock receiveStock;
    @MockitoBean FindStock findStock;

    @Test
    void aReceiptAnswersTheStockWithWhatIsAvailable() throws Exception {
        when(receiveStock.receive("MUG", Quantity.of(5)))
                .thenReturn(StockItem.restore("MUG", Quantity.of(12), Quantity.of(3), 4));

        http.perform(post(INVENTORY + "/MUG/receipts").contentType(MediaType.APPLICATION_JSON).content("{\"quantity\":5}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.onHand").value(12))
                .andExpect(jsonPath("$.reserved").value(3))
                .andExpect(jsonPath("$.available").value(9));
    }

    @Test
    void anInvalidQuantityIs400NamingItAndReachesNoUseCase() throws Exception {
        for (String body : new String[] { "{}", "{\"quantity\":0}", "{\"quantity\":-2}", "{\"quantity\":\"five\"}" }) {
            http.perform(post(INVENTORY + "/MUG/receipts").contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("quantity"));
        }
        http.perform(post(INVENTORY + "/MUG/receipts").contentType(MediaType.APPLICATION_JSON).content("{\"quantity\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Malformed request"));
        verifyNoInteractions(receiveStock);
    }

    @Test
    void anUnknownSkuIs404() throws Exception {
        when(findStock.bySku("NOPE")).thenThrow(new StockItemNotFoundException("NOPE"));
        when(receiveStock.receive("NOPE", Quantity.of(1))).thenThrow(new StockItemNotFoundException("NOPE"));

        http.perform(get(INVENTORY + "/NOPE"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        http.perform(post(INVENTORY + "/NOPE/receipts").contentType(MediaType.APPLICATION_JSON).content("{\"quantity\":1}"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.not(Matchers.containsString("io.cleave"))));
    }
}
