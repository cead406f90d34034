package com.neckkiosk.app;

public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(0);
    }
}
