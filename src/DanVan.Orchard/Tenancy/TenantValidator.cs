using System.Text.RegularExpressions;

namespace DanVan.Orchard.Tenancy;

/// <summary>
/// The one place that decides whether a tenant's name, prefix and host names are acceptable, for every way tenants
/// are made or changed (manager, admin pages, CSV import, API, CLI). A prefix may not be a platform or module route
/// segment (<see cref="ReservedPrefixes"/>); a host may not be the portal's (its configured public address or the
/// Default tenant's hosts) nor a loopback name; neither may be another tenant's.
/// </summary>
public sealed partial class TenantValidator(ReservedPrefixes reserved, PublicAddress publicAddress) : ITenantValidator
{
    public static bool IsValidName(string name) => TenantName().IsMatch(name);

    public TenantError? CheckName(string name) => IsValidName(name)
        ? null
        : new("name", TenantErrorCode.Invalid, $"Tên kỹ thuật “{name}” phải bắt đầu bằng chữ cái, chỉ gồm chữ không dấu, chữ số và '_' (tối đa 50).");

    /// <summary>Form and reservation of a prefix, whoever else has it.</summary>
    public TenantError? CheckPrefix(string prefix)
    {
        if (!Prefix().IsMatch(prefix))
        {
            return new("prefix", TenantErrorCode.Invalid,
                $"Tiền tố “{prefix}” chỉ được gồm chữ thường không dấu a-z, chữ số và '-' (không dấu cách, không dấu tiếng Việt, tối đa 50 ký tự).");
        }

        return reserved.IsReserved(prefix)
            ? new("prefix", TenantErrorCode.PrefixReserved, $"Tiền tố “{prefix}” là địa chỉ dành riêng của hệ thống.")
            : null;
    }

    /// <summary>Form of each host name, and for a district, that none is the portal's or a loopback name.</summary>
    public TenantError? CheckHosts(IEnumerable<string> hosts, bool isDefault, IEnumerable<TenantSettings> tenants)
    {
        var portalHosts = publicAddress.PortalHosts(tenants);
        foreach (var host in hosts)
        {
            if (!HostName().IsMatch(host))
            {
                return new("host", TenantErrorCode.Invalid, $"“{host}” không phải là tên miền hợp lệ (ví dụ hoaan.danvan.example.vn).");
            }

            var name = PublicAddress.HostName(host);
            if (!isDefault && (portalHosts.Contains(name) || PublicAddress.IsLoopback(name)))
            {
                return new("host", TenantErrorCode.HostReserved,
                    $"Tên miền “{host}” là địa chỉ của cổng tỉnh hoặc của chính máy chủ; trang huyện không dùng được.");
            }
        }

        return null;
    }

    /// <summary>
    /// Every problem with a tenant to be created (<paramref name="editing"/> null) or with new address of an existing one,
    /// given all tenants as they are now. Empty when it may be saved.
    /// </summary>
    public IReadOnlyList<TenantError> Validate(TenantAddress candidate, TenantSettings? editing, IReadOnlyCollection<TenantSettings> tenants)
    {
        var errors = new List<TenantError>();
        var isDefault = editing?.IsDefault ?? candidate.IsDefault;
        var others = tenants.Where(t => !string.Equals(t.Name, editing?.Name ?? "\0", StringComparison.OrdinalIgnoreCase)).ToList();

        if (editing is null)
        {
            if (CheckName(candidate.Name) is { } nameError)
            {
                errors.Add(nameError);
            }
            else if (others.FirstOrDefault(t => string.Equals(t.Name, candidate.Name, StringComparison.OrdinalIgnoreCase)) is { } named)
            {
                errors.Add(new("name", TenantErrorCode.NameTaken, $"Đã có trang tên “{named.Name}”.", named.Name));
            }
        }

        if (isDefault && candidate.Prefix is not null)
        {
            errors.Add(new("prefix", TenantErrorCode.Invalid, "Cổng tỉnh (trang Default) ở gốc địa chỉ, không có tiền tố."));
        }
        else if (!isDefault && candidate.Prefix is null && candidate.Host is null)
        {
            errors.Add(new("prefix", TenantErrorCode.AddressRequired, "Trang huyện cần một tiền tố đường dẫn hoặc một tên miền riêng."));
        }

        if (candidate.Prefix is { } prefix && !isDefault)
        {
            if (CheckPrefix(prefix) is { } prefixError)
            {
                errors.Add(prefixError);
            }
            else if (others.FirstOrDefault(t => string.Equals(t.RequestUrlPrefix, prefix, StringComparison.OrdinalIgnoreCase)) is { } holder)
            {
                errors.Add(new("prefix", TenantErrorCode.PrefixTaken, $"Tiền tố “{prefix}” đã được trang khác dùng ({holder.Name}).", holder.Name));
            }
        }

        if (candidate.Hosts.Count > 0)
        {
            if (CheckHosts(candidate.Hosts, isDefault, tenants) is { } hostError)
            {
                errors.Add(hostError);
            }
            else if (candidate.Hosts.Select(PublicAddress.HostName).ToHashSet(StringComparer.OrdinalIgnoreCase) is var names &&
                     others.FirstOrDefault(t => t.Hosts.Any(h => names.Contains(PublicAddress.HostName(h)))) is { } holder)
            {
                errors.Add(new("host", TenantErrorCode.HostTaken, $"Tên miền “{candidate.Host}” đã được trang khác dùng ({holder.Name}).", holder.Name));
            }
        }

        return errors;
    }

    /// <summary>Throws the first problem <see cref="Validate"/> finds.</summary>
    public void EnsureValid(TenantAddress candidate, TenantSettings? editing, IReadOnlyCollection<TenantSettings> tenants)
    {
        if (Validate(candidate, editing, tenants) is [var first, ..])
        {
            throw new TenantValidationException(first);
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,49}$")]
    private static partial Regex TenantName();

    [GeneratedRegex("^(?=.{1,50}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Prefix();

    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*(:\d{1,5})?$")]
    private static partial Regex HostName();
}
