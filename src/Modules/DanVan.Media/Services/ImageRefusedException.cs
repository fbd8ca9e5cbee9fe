namespace DanVan.Media.Services;

/// <summary>An image that will not be resized (too large for the limits, or unreadable); the message is for people, in Vietnamese.</summary>
public sealed class ImageRefusedException(string message) : Exception(message);
