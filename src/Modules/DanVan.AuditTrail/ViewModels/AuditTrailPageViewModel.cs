using Microsoft.AspNetCore.Http;

namespace DanVan.AuditTrail.ViewModels;

/// <summary>One page of the audit trail, newest first, with the filters it was asked for.</summary>
public sealed record AuditTrailPageViewModel(
    string? User,
    string? Type,
    int Page,
    bool HasNext,
    IReadOnlyList<AuditTrailRow> Rows,
    IReadOnlyList<ContentTypeOption> ContentTypes)
{
    public bool HasPrevious => Page > 1;

    public bool IsFiltered => !string.IsNullOrEmpty(User) || !string.IsNullOrEmpty(Type);

    /// <summary>The query string of another page with the same filters (empty for the first page without filters).</summary>
    public string QueryFor(int page)
    {
        var parameters = new List<KeyValuePair<string, string?>>();
        if (!string.IsNullOrEmpty(User))
        {
            parameters.Add(new("user", User));
        }

        if (!string.IsNullOrEmpty(Type))
        {
            parameters.Add(new("type", Type));
        }

        if (page > 1)
        {
            parameters.Add(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return QueryString.Create(parameters).ToUriComponent();
    }
}

/// <summary>A recorded change as shown: <see cref="Time"/> is dd/MM/yyyy HH:mm in the tenant's time zone.</summary>
public sealed record AuditTrailRow(
    string Time,
    string TimeIso,
    string User,
    string Action,
    string ContentType,
    string ContentItemId,
    string Title);

public sealed record ContentTypeOption(string Name, string DisplayName);
