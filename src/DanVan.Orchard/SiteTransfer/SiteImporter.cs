using System.Diagnostics;
using System.IO.Compression;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Recipes;
using DanVan.Orchard.Security;
using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVan.Orchard.SiteTransfer;

/// <summary>
/// Imports an export zip into a new tenant. Everything that can be checked is checked before the tenant exists: the
/// address, the zip (<see cref="SiteArchive"/>), the recipe read and planned (unknown steps named). The zip is then
/// unpacked beside App_Data and its recipe run by an ordinary setup; if that fails the tenant is removed again with
/// its database and media (on disk or Azure), so nothing is left.
/// </summary>
public sealed class SiteImporter(
    TenantManager tenants,
    TenantSetupService setup,
    RecipeExecutor executor,
    AppDataPaths paths,
    IOptions<SiteTransferOptions> options,
    FeatureCatalog catalog,
    IEnumerable<IPermissionProvider> permissionProviders,
    ILoggerFactory loggers,
    ILogger<SiteImporter> logger) : ISiteImporter
{
    // The CLI shows this category's warnings, as it shows a lenient recipe's skips.
    private readonly ILogger _skipped = loggers.CreateLogger(RecipeExecutor.SkippedCategory);

    public async Task<TenantSettings> ImportAsync(SiteImportRequest request, CancellationToken cancellationToken)
    {
        var archive = Path.GetFileName(request.ArchivePath);
        try
        {
            return await ImportCheckedAsync(request, cancellationToken);
        }
        catch (Exception e) when (e is SiteImportException or TenantValidationException)
        {
            SiteTransferLog.ImportFailed(logger, request.Name, archive, e.Message);
            throw;
        }
    }

    private async Task<TenantSettings> ImportCheckedAsync(SiteImportRequest request, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        // What a process killed during an import left behind goes first (never a running import's: those are younger).
        ImportFolders.SweepStale(paths, DateTime.UtcNow, logger);
        if (request.Archive is null && !File.Exists(request.ArchivePath))
        {
            throw new SiteImportException($"Không có tệp “{request.ArchivePath}”.");
        }

        // A taken or reserved name or address is refused before the zip is even opened.
        await tenants.CheckAvailableAsync(request.Name, request.Prefix, request.Host, cancellationToken);

        var folder = ImportFolders.New(paths);
        var claim = ImportFolders.Claim(folder);
        try
        {
            RecipeDescriptor recipe;
            await using (var zip = await OpenAsync(request, cancellationToken))
            {
                try
                {
                    var entry = SiteArchive.Check(zip, options.Value);
                    recipe = await ReadRecipeAsync(entry, request, cancellationToken);
                    await SiteArchive.ExtractAsync(zip, folder, options.Value, cancellationToken);
                }
                catch (Exception e) when (e is InvalidDataException or NotSupportedException)
                {
                    // A damaged entry or a compression method other than deflate shows only when the entry is read.
                    throw new SiteImportException($"Tệp “{Path.GetFileName(request.ArchivePath)}” bị hỏng hoặc nén theo cách không đọc được ({e.Message}); không nhập gì cả.", e);
                }
            }

            var imported = await CreateAsync(request, recipe with { FilePath = Path.Combine(folder, SiteArchive.RecipeEntry) }, cancellationToken);
            var archive = Path.GetFileName(request.ArchivePath);
            SiteTransferLog.Imported(logger, imported.Name, archive, stopwatch.ElapsedMilliseconds);
            return imported;
        }
        finally
        {
            await claim.DisposeAsync();
            DeleteFolder(folder);
        }
    }

    private static async Task<ZipArchive> OpenAsync(SiteImportRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return request.Archive is { } stream
                ? await ZipArchive.CreateAsync(stream, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: null, cancellationToken)
                : await ZipFile.OpenAsync(request.ArchivePath, ZipArchiveMode.Read, cancellationToken);
        }
        catch (InvalidDataException e)
        {
            throw new SiteImportException($"Tệp “{Path.GetFileName(request.ArchivePath)}” không phải tệp zip đọc được; không nhập gì cả.", e);
        }
    }

    /// <summary>Parses and plans the recipe: bad JSON, a missing name or an unknown step is refused here, before anything is created.</summary>
    private async Task<RecipeDescriptor> ReadRecipeAsync(ZipArchiveEntry entry, SiteImportRequest request, CancellationToken cancellationToken)
    {
        try
        {
            string json;
            await using (var stream = await entry.OpenAsync(cancellationToken))
            using (var reader = new StreamReader(stream))
            {
                json = await reader.ReadToEndAsync(cancellationToken);
            }

            // An import always makes a district: the portal's own features are left out of a portal's export.
            var recipe = PortalOnlyItems.LeaveOut(RecipeReader.Parse(json, SiteArchive.RecipeEntry), catalog, permissionProviders, warning =>
            {
                RecipeLog.ItemSkipped(_skipped, warning);
                request.OnWarning?.Invoke(warning);
            });
            executor.Validate(recipe, request.Lenient);
            return recipe;
        }
        catch (RecipeException e)
        {
            throw new SiteImportException($"recipe.json trong tệp zip không dùng được ({e.Message}); không nhập gì cả.", e);
        }
        catch (InvalidDataException e)
        {
            throw new SiteImportException($"recipe.json trong tệp zip bị hỏng ({e.Message}); không nhập gì cả.", e);
        }
    }

    private async Task<TenantSettings> CreateAsync(SiteImportRequest request, RecipeDescriptor recipe, CancellationToken cancellationToken)
    {
        var created = await tenants.CreateAsync(new CreateTenantRequest(request.Name, request.DisplayName, request.Prefix, request.Host, RecipeName: null), cancellationToken);
        try
        {
            var setupRequest = new TenantSetupRequest([recipe.Name], null, request.AdminUserName, request.AdminEmail ?? string.Empty, request.AdminPassword)
            {
                Lenient = request.Lenient,
                RecipeDocuments = [recipe],
                ImportsUsers = true,
            };
            return await setup.SetupAsync(created.Name, setupRequest, cancellationToken);
        }
        catch (Exception e)
        {
            try
            {
                await tenants.RemoveAsync(created.Name, CancellationToken.None);
            }
            catch (Exception cleanup)
            {
                SiteTransferLog.CleanupFailed(logger, cleanup, created.Name);
            }

            if (e is TenantValidationException)
            {
                throw;
            }

            var reason = e is TenantSetupException { InnerException: { } inner } ? inner.Message : e.Message;
            throw new SiteImportException($"Nhập trang “{created.Name}” thất bại, không để lại gì: {reason}", e);
        }
    }

    private void DeleteFolder(string folder) => ImportFolders.Delete(folder, logger);
}
