package dev.botwright;

public enum Permission {
  ANYONE,
  READ,
  TRIAGE,
  WRITE,
  MAINTAIN,
  ADMIN
}
