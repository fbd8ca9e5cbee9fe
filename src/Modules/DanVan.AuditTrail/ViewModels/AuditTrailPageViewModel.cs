namespace DanVan.AuditTrail.ViewModels;

/// <summary>One page of the audit trail, newest first, with the filters it was asked for.</summary>
public sealed record AuditTrailPageViewModel(
    string? User,
    string? Type,
    string? Category,
    DanVan.Orchard.Display.Pager Pager,
    IReadOnlyList<AuditTrailRow> Rows,
    IReadOnlyList<ContentTypeOption> ContentTypes)
{
    public bool IsFiltered => !string.IsNullOrEmpty(User) || !string.IsNullOrEmpty(Type) || !string.IsNullOrEmpty(Category);
}

/// <summary>A recorded change as shown: <see cref="Time"/> is dd/MM/yyyy HH:mm in the tenant's time zone.</summary>
public sealed record AuditTrailRow(
    string Time,
    string TimeIso,
    string User,
    string Category,
    string Action,
    string ContentType,
    string ContentItemId,
    string Title,
    string Details,
    string ClientAddress);

public sealed record ContentTypeOption(string Name, string DisplayName);
