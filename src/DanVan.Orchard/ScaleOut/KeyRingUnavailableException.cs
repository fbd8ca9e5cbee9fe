namespace DanVan.Orchard.ScaleOut;

/// <summary>
/// The shared data-protection key ring (in Redis) cannot be read now: Redis was not reachable since this node started.
/// Answered 503 (sign-ins and forms wait for Redis) rather than protected with a key of this node's own, which the other
/// nodes could not read and which would be lost from the shared ring.
/// </summary>
public sealed class KeyRingUnavailableException()
    : Exception("The shared data-protection key ring in Redis cannot be read: Redis is not connected.");
