package io.cleave.customer.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record BindSubjectRequest(@NotBlank @Size(max = 255) String subject) {
}
