namespace DanVan.Orchard.Tenancy;

/// <summary>
/// One refusal of a tenant request: the field it is about (<c>name</c>, <c>prefix</c>, <c>host</c>, <c>state</c>…),
/// a code to act on and a Vietnamese message for people. <see cref="Holder"/> names the tenant that already has a
/// taken name, prefix or host.
/// </summary>
public sealed record TenantError(string Field, TenantErrorCode Code, string Message, string? Holder = null)
{
    /// <summary>Taken by another tenant or refused by the tenant's state: a conflict (HTTP 409), not bad input (400).</summary>
    public bool IsConflict => Code is TenantErrorCode.NameTaken or TenantErrorCode.PrefixTaken or TenantErrorCode.HostTaken or TenantErrorCode.WrongState;

    public static TenantError NotFound(string name) => new("name", TenantErrorCode.NotFound, $"Không có trang “{name}”.");

    public static TenantError WrongState(string message) => new("state", TenantErrorCode.WrongState, message);
}
