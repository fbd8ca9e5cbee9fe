namespace DanVan.Feedback.Data;

/// <summary>
/// How often something happened lately for one client or typed user name (failed sign-ins, posts of the form), in the
/// tenant's database so every node sharing it counts alike. The key is a hash: a typed name (perhaps a password typed
/// in the wrong box) is never stored.
/// </summary>
public sealed class ClientCounter
{
    public required string Key { get; init; }

    public int Count { get; init; }

    /// <summary>The end of the window the count belongs to; past it, the next event starts a new count.</summary>
    public DateTime ExpiresUtc { get; init; }
}
