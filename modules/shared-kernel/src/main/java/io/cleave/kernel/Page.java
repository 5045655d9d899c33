package io.cleave.kernel;

import java.util.List;
import java.util.function.Function;

import org.jmolecules.ddd.annotation.ValueObject;

/** One page of a listing, with what a client needs to ask for the next one. */
@ValueObject
public record Page<T>(List<T> content, int number, int size, long totalElements) {

    public Page {
        content = List.copyOf(content);
    }

    public static <T> Page<T> of(List<T> content, PageRequest request, long totalElements) {
        return new Page<>(content, request.number(), request.size(), totalElements);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(content.stream().<R>map(mapper).toList(), number, size, totalElements);
    }
}
