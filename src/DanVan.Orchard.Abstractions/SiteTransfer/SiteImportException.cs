namespace DanVan.Orchard.SiteTransfer;

/// <summary>An export zip refused, or an import that failed and was undone; the message (Vietnamese) says why.</summary>
public sealed class SiteImportException(string message, Exception? inner = null) : Exception(message, inner);
