package com.neckkiosk.config;

public enum PaperSize {
    A4,
    LETTER
}
