package dev.botwright;

public interface RepositoryContext extends InstallationContext {}
