package io.cleave.platform;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import tools.jackson.databind.JacksonModule;

/**
 * How the API speaks: the shared kernel's values as JSON, and every error as problem details. On
 * its own, so that a slice test of one controller ({@code @WebMvcTest}) can import exactly this.
 */
@AutoConfiguration
public class WebProblemsAutoConfiguration {

    @Bean
    JacksonModule kernelJacksonModule() {
        return new KernelJacksonModule();
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }
}
