namespace DanVan.Orchard.Locking;

/// <summary>
/// A lock still held by someone else (another node at work) after the wait: thrown only by the lock wait, so callers can
/// tell "come back soon" from a real failure (a Redis or database timeout inside the work itself is not this).
/// </summary>
public sealed class LockTimeoutException(string key, TimeSpan waited)
    : Exception($"The lock '{key}' is held elsewhere (another node at work on it); waited {waited}.")
{
    public string Key { get; } = key;

    public TimeSpan Waited { get; } = waited;
}
