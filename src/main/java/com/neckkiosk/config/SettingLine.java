package com.neckkiosk.config;

/** One {@code key = value} line of the settings file, with where it was. */
record SettingLine(ConfigKey key, String value, int line) {
}
