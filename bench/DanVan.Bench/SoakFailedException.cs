namespace DanVan.Bench;

/// <summary>One operation of the soak did not succeed; the message says what the site answered.</summary>
public sealed class SoakFailedException(string message) : Exception(message);
