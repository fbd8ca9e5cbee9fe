namespace DanVan.Media.Services;

/// <summary>An upload refused for what it is (too big, wrong type, bad name); the message is for the editor, in Vietnamese.</summary>
public sealed class MediaUploadException(string message) : Exception(message);
