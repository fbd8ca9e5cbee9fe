using System.CommandLine;
using System.Diagnostics;
using DanVan.Orchard.SiteTransfer;
using DanVan.Orchard.Tenancy;

namespace DanVan.Web.Cli;

/// <summary>
/// <c>tenants export</c> (one tenant, or every running one for a backup) and <c>tenants import-site</c> (a new tenant
/// from an export, on this or another node).
/// </summary>
public static class SiteTransferCli
{
    public static Command[] Commands(Func<Func<IServiceProvider, Task<int>>, Task<int>> withServices)
    {
        var name = new Option<string?>("--name") { Description = "Tenant name, e.g. HoaAn" };
        var all = new Option<bool>("--all") { Description = "Every running tenant, one zip each (for scheduled backups)" };
        var output = new Option<string>("--out") { Description = "The zip to write (--name), or the folder for the zips (--all)", Required = true };
        var hashes = new Option<bool>("--include-password-hashes") { Description = "Keep the users' password hashes (the zip then holds secrets); without, users set a new password" };
        var export = new Command("export", "Export a tenant (content with versions, definitions, settings, menu, roles, users, features, media) as one zip") { name, all, output, hashes };
        export.SetAction((result, ct) => withServices(services => ExportAsync(
            services, result.GetValue(name), result.GetValue(all), result.GetValue(output)!, result.GetValue(hashes), ct)));

        var newName = new Option<string>("--name") { Description = "The new tenant's name (letters, digits, '_')", Required = true };
        var input = new Option<FileInfo>("--in") { Description = "An export zip (tenants export)", Required = true };
        var displayName = new Option<string?>("--display-name") { Description = "Name shown to people" };
        var prefix = new Option<string?>("--prefix") { Description = "URL prefix, e.g. hoa-an" };
        var host = new Option<string?>("--host") { Description = "Host name(s), comma-separated" };
        var lenient = new Option<bool>("--lenient") { Description = "Skip the recipe's unknown steps and ids (a warning each) instead of refusing them" };
        var adminUserName = new Option<string?>("--admin-username") { Description = "The administrator given --admin-password (default: admin)" };
        var adminEmail = new Option<string?>("--admin-email") { Description = "Its e-mail, when the export has no user of that name" };
        var adminPassword = new Option<string?>("--admin-password") { Description = $"A new password for that administrator (or set {TenantsCli.AdminPasswordVariable})" };
        var import = new Command("import-site", "Create a new tenant from an export zip; checked first, all or nothing")
        {
            newName, input, displayName, prefix, host, lenient, adminUserName, adminEmail, adminPassword,
        };
        import.SetAction((result, ct) => withServices(async services =>
        {
            var stopwatch = Stopwatch.StartNew();
            var file = result.GetValue(input)!;
            var request = new SiteImportRequest(file.FullName, result.GetValue(newName)!, result.GetValue(displayName), result.GetValue(prefix), result.GetValue(host))
            {
                Lenient = result.GetValue(lenient),
                AdminUserName = result.GetValue(adminUserName) ?? "admin",
                AdminEmail = result.GetValue(adminEmail),
                AdminPassword = result.GetValue(adminPassword) ?? Environment.GetEnvironmentVariable(TenantsCli.AdminPasswordVariable),
            };
            var tenant = await services.GetRequiredService<ISiteImporter>().ImportAsync(request, ct);
            Console.WriteLine($"Tenant '{tenant.Name}' is imported from {file.Name} in {stopwatch.ElapsedMilliseconds} ms.");
            return 0;
        }));

        return [export, import];
    }

    private static async Task<int> ExportAsync(IServiceProvider services, string? name, bool all, string output, bool hashes, CancellationToken ct)
    {
        if (all == (name is not null))
        {
            Console.Error.WriteLine("error: give either --name or --all.");
            return 2;
        }

        if (!all)
        {
            await ExportOneAsync(services, name!, Path.GetFullPath(output), hashes, ct);
            return 0;
        }

        var folder = Directory.CreateDirectory(output).FullName;
        var failed = 0;
        var running = (await services.GetRequiredService<ITenantManager>().ListAsync(ct)).Where(t => t.State == TenantState.Running).ToList();
        foreach (var tenant in running)
        {
            try
            {
                await ExportOneAsync(services, tenant.Name, Path.Combine(folder, SiteExportFiles.FileName(tenant.Name, DateTime.UtcNow)), hashes, ct);
            }
            catch (Exception e) when (e is IOException or TenantValidationException or InvalidOperationException)
            {
                // One tenant's failure does not stop the others' backups; the exit code says something failed.
                failed++;
                Console.Error.WriteLine($"error: exporting '{tenant.Name}' failed: {e.Message}");
            }
        }

        Console.WriteLine($"{running.Count - failed} of {running.Count} running tenant(s) exported to {folder}.");
        return failed == 0 ? 0 : 1;
    }

    /// <summary>Writes beside the target and renames at the end: a failed or interrupted export never leaves a zip that looks whole.</summary>
    private static async Task ExportOneAsync(IServiceProvider services, string tenantName, string path, bool hashes, CancellationToken ct)
    {
        var stopwatch = Stopwatch.StartNew();
        var partial = path + ".partial";
        try
        {
            await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await services.GetRequiredService<ISiteExporter>().ExportAsync(tenantName, file, new SiteExportOptions(hashes), ct);
            }

            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }

        Console.WriteLine($"Tenant '{tenantName}' is exported to {path} ({new FileInfo(path).Length / 1024.0:0.#} KB) in {stopwatch.ElapsedMilliseconds} ms.");
    }
}
