package io.cleave.edge;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

import io.cleave.platform.ApiPaths;
import io.cleave.platform.SplitTopology;
import io.cleave.platform.Topology;

/**
 * {@code cleave.gateway.enabled=true}: this process is the one address for clients. It serves the
 * API of its local contexts itself and forwards that of the others (Spring Cloud Gateway Server
 * Web MVC); see {@link GatewayRoutes}. Only a split has anything to forward.
 */
@AutoConfiguration
@Conditional(SplitTopology.class)
@ConditionalOnBooleanProperty("cleave.gateway.enabled")
public class GatewayAutoConfiguration {

    @Bean
    RouterFunction<ServerResponse> cleaveGatewayRoutes(ApiPaths paths, Topology topology, Environment environment) {
        return GatewayRoutes.of(paths, topology, environment);
    }
}
