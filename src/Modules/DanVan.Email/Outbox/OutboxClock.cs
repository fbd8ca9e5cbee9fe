namespace DanVan.Email.Outbox;

/// <summary>
/// The outbox's own clock (a keyed <see cref="TimeProvider"/>), so tests can move retries and leases forward without
/// moving the rest of the site's time (sign-in cookies, reset tokens).
/// </summary>
public static class OutboxClock
{
    public const string Key = "DanVan.Email.Outbox";

    public static DateTime UtcNow(this TimeProvider clock) => clock.GetUtcNow().UtcDateTime;
}
