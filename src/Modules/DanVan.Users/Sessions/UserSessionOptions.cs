namespace DanVan.Users.Sessions;

/// <summary>The <c>DanVan:Users</c> configuration section.</summary>
public sealed class UserSessionOptions
{
    public const string SectionName = "DanVan:Users";

    /// <summary>
    /// How long a user's cached session state (security stamp, disabled, roles) is trusted. Changes made through this
    /// process take effect on the next request regardless; this only bounds how late a change made elsewhere (another
    /// node, a direct database edit) is seen.
    /// </summary>
    public TimeSpan SessionCacheDuration { get; set; } = TimeSpan.FromMinutes(1);
}
