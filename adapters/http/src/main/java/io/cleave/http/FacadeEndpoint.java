package io.cleave.http;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.cleave.platform.Facades;
import io.cleave.platform.SplitTopology;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serves the facades of this process's contexts to other processes ({@link RemoteFacade} is the
 * other end): {@code POST /internal/facades/<context>.<Interface>/<method>} with the arguments as a
 * JSON array, answered with the result as JSON. Internal: a gateway routes only {@code /api/**}.
 * A facade's failures (not found, invalid) answer as the platform maps them, as problem details.
 */
@RestController
@Conditional(SplitTopology.class) // found by the application's component scan; served only when split
class FacadeEndpoint {

    private final Map<String, Map<String, Method>> methods = new HashMap<>();
    private final Map<String, Class<?>> facades = new HashMap<>();
    private final BeanFactory beans;
    private final JsonMapper json;

    FacadeEndpoint(Facades served, BeanFactory beans, JsonMapper json) {
        this.beans = beans;
        this.json = json;
        for (Class<?> facade : served.served()) {
            Map<String, Method> byName = new HashMap<>();
            for (Method method : facade.getMethods()) {
                if (byName.put(method.getName(), method) != null) {
                    throw new IllegalStateException("Facade %s overloads %s; a facade's method names must be unique"
                            .formatted(facade.getName(), method.getName()));
                }
            }
            methods.put(Facades.nameOf(facade), byName);
            facades.put(Facades.nameOf(facade), facade);
        }
    }

    @PostMapping(path = "/internal/facades/{facade}/{method}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> call(@PathVariable String facade, @PathVariable String method, @RequestBody JsonNode arguments)
            throws Throwable {
        Method target = methods.getOrDefault(facade, Map.of()).get(method);
        if (target == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No facade method " + facade + "/" + method + " here");
        }
        Object result;
        try {
            result = target.invoke(beans.getBean(facades.get(facade)), arguments(target, arguments));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        byte[] body = json.writerFor(json.constructType(target.getGenericReturnType())).writeValueAsBytes(result);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private Object[] arguments(Method method, JsonNode arguments) {
        var types = method.getGenericParameterTypes();
        if (!arguments.isArray() || arguments.size() != types.length) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "%s takes %d argument(s) as a JSON array".formatted(method.getName(), types.length));
        }
        Object[] values = new Object[types.length];
        try {
            for (int i = 0; i < types.length; i++) {
                values[i] = json.readerFor(json.constructType(types[i])).readValue(arguments.get(i));
            }
            return values;
        } catch (JacksonException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unreadable argument: " + e.getOriginalMessage());
        }
    }
}
