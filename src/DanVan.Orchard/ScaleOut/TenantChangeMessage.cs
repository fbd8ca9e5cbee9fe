using System.Text.Json;
using DanVan.Orchard.Tenancy;

namespace DanVan.Orchard.ScaleOut;

/// <summary>What travels on the tenant-changes channel: the sending node, the tenant's name and the kind of change.</summary>
public sealed record TenantChangeMessage(string Node, string Tenant, TenantChangeKind Kind)
{
    public const string Channel = "tenant-changes";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    /// <summary>The message, or null for anything else on the channel (another version's, garbage).</summary>
    public static TenantChangeMessage? TryParse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<TenantChangeMessage>(text, Json) is { Node: not null, Tenant: not null } message ? message : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
