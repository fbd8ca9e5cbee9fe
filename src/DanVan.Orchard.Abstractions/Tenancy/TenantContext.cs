using System.Globalization;
using DanVan.Orchard.Settings;

namespace DanVan.Orchard.Tenancy;

/// <summary>The tenant of the current scope (a request, a CLI command, a setup). Set once, by whoever opened the scope.</summary>
public sealed class TenantContext
{
    private ITenantShell? _shell;
    private TimeZoneInfo? _timeZone;

    public ITenantShell Shell => _shell ?? throw new InvalidOperationException("No tenant is active in this scope.");

    public bool HasTenant => _shell is not null;

    public TenantSettings Settings => Shell.Settings;

    public bool IsDefault => Settings.IsDefault;

    /// <summary>The tenant's site settings, loaded when the scope was opened for a running tenant.</summary>
    public SiteSettings Site { get; private set; } = new();

    public void Activate(ITenantShell shell)
    {
        if (_shell is not null && !ReferenceEquals(_shell, shell))
        {
            throw new InvalidOperationException("This scope already belongs to another tenant.");
        }

        _shell = shell;
    }

    public void UseSite(SiteSettings site)
    {
        Site = site;
        _timeZone = null;
    }

    public TimeZoneInfo TimeZone => _timeZone ??= SiteSettings.FindTimeZone(Site.TimeZone) ?? TimeZoneInfo.Utc;

    public DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZone);

    /// <summary>dd/MM/yyyy in the tenant's time zone; empty for no date.</summary>
    public string FormatDate(DateTime? utc) =>
        utc is null ? string.Empty : ToLocal(utc.Value).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
