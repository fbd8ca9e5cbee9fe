namespace DanVan.Orchard.Email;

/// <summary>A message that cannot be sent as given (bad address, a line break in a header, too large); nothing was stored.</summary>
public sealed class EmailMessageException(string message) : Exception(message);
