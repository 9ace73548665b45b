package dev.botwright;

public record DeliveryFailure(String deliveryId, String event, String action) {}
