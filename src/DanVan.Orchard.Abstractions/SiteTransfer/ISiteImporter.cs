using DanVan.Orchard.Tenancy;

namespace DanVan.Orchard.SiteTransfer;

/// <summary>
/// Creates a new tenant from an export zip (<see cref="ISiteExporter"/>), all or nothing: the zip is checked (entry
/// names, count, sizes, compression ratio) and its recipe read and planned before anything is created; on any failure
/// nothing is left (no tenant record, no database, no media).
/// </summary>
public interface ISiteImporter
{
    /// <summary>Returns the new Running tenant; throws <see cref="SiteImportException"/> or <see cref="TenantValidationException"/> with a Vietnamese message.</summary>
    Task<TenantSettings> ImportAsync(SiteImportRequest request, CancellationToken cancellationToken);
}

/// <summary>
/// What an import needs: the zip on disk (or <see cref="Archive"/>), the new tenant's name and address, and optionally an administrator's password
/// (the export holds no password hashes unless asked: this makes sure someone can sign in).
/// </summary>
public sealed record SiteImportRequest(string ArchivePath, string Name, string? DisplayName, string? Prefix, string? Host)
{
    /// <summary>
    /// The zip as a readable, seekable stream (an upload the server has already buffered), read in place instead of
    /// the file at <see cref="ArchivePath"/>, which then only names it in messages. Left open.
    /// </summary>
    public Stream? Archive { get; init; }

    /// <summary>Told of each thing of the export left out with a warning (a feature only the portal can have), in Vietnamese.</summary>
    public Action<string>? OnWarning { get; init; }

    /// <summary>Skip the recipe's unknown steps and ids (a warning each) instead of refusing them.</summary>
    public bool Lenient { get; init; }

    /// <summary>The administrator whose password is set (created if the export has no user of that name).</summary>
    public string AdminUserName { get; init; } = "admin";

    public string? AdminEmail { get; init; }

    public string? AdminPassword { get; init; }
}
