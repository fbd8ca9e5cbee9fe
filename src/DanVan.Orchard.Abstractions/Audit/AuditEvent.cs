namespace DanVan.Orchard.Audit;

/// <summary>
/// Something an administrator or a visitor did that the audit trail should keep: its <see cref="AuditCategories"/>
/// category, a short English <paramref name="Name"/> (<c>Created</c>, <c>SignInFailed</c>…), what it was done to
/// (<paramref name="Subject"/>: a user name, a file, a feature) and plain-language details (which fields changed —
/// never a secret value). <paramref name="UserName"/> overrides the signed-in user (a sign-in names the user typed).
/// </summary>
public sealed record AuditEvent(string Category, string Name, string? Subject = null, string? Details = null)
{
    public string? UserName { get; init; }
}
