package dev.botwright;

public interface InstallationContext {}
