-- The identity provider's subject a customer signs in as: at most one customer per subject.
ALTER TABLE customer.customer ADD COLUMN subject VARCHAR(255);
ALTER TABLE customer.customer ADD CONSTRAINT customer_subject_unique UNIQUE (subject);
