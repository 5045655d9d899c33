-- One database per service (docker-compose.yml): the monolith's and each extracted context's.
CREATE DATABASE cleave;
CREATE DATABASE payment;
CREATE DATABASE catalog;
