namespace DanVan.Contents.Scheduling;

/// <summary>
/// The scheduler's own clock (a keyed <see cref="TimeProvider"/>), so tests can move scheduled times forward without
/// moving the rest of the site's time (sign-in cookies, tokens).
/// </summary>
public static class PublishScheduleClock
{
    public const string Key = "DanVan.Contents.Schedule";

    public static DateTime UtcNow(this TimeProvider clock) => clock.GetUtcNow().UtcDateTime;
}
