using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.SiteTransfer;

/// <summary>
/// Writes a tenant's export zip as it goes: <c>recipe.json</c> first, each source's steps flushed as they come, then
/// the files one at a time from their store. The zip is written forward only, so the output may be a response body.
/// </summary>
public sealed class SiteExporter(TenantManager tenants, TenantRegistry registry, IServiceScopeFactory scopes) : ISiteExporter
{
    public const string RecipeName = "site-export";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        // Vietnamese stays readable in the recipe; it is a file, never HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task ExportAsync(string tenantName, Stream output, SiteExportOptions options, CancellationToken cancellationToken)
    {
        var tenant = await tenants.FindAsync(tenantName, cancellationToken)
            ?? throw new TenantValidationException(TenantError.NotFound(tenantName));
        if (tenant.State != TenantState.Running)
        {
            throw new TenantValidationException(TenantError.WrongState($"Trang “{tenant.Name}” đang ở trạng thái {tenant.State}; chỉ xuất được trang đang hoạt động."));
        }

        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Activate(registry.GetShell(tenant));
        var sources = (await scope.ServiceProvider.GetRequiredService<FeatureGate>().GetEnabledAsync<ISiteExportSource>(cancellationToken))
            .OrderBy(s => s.Order).ToList();

        await using var body = new AsyncOnlyWriteStream(output);
        var zip = await ZipArchive.CreateAsync(body, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken);
        await WriteAsync(zip, tenant, sources, options, cancellationToken);

        // The central directory, then what the zip library wrote synchronously at the end.
        await zip.DisposeAsync();
        await body.FlushAsync(cancellationToken);
    }

    private static async Task WriteAsync(
        ZipArchive zip, TenantSettings tenant, IReadOnlyList<ISiteExportSource> sources, SiteExportOptions options, CancellationToken cancellationToken)
    {
        SiteExportContext context;
        await using (var recipeStream = await zip.CreateEntry(SiteArchive.RecipeEntry, CompressionLevel.Optimal).OpenAsync(cancellationToken))
        {
            await using var writer = new Utf8JsonWriter(recipeStream, WriterOptions);
            writer.WriteStartObject();
            writer.WriteString("name", RecipeName);
            writer.WriteString("displayName", $"Bản xuất của trang {tenant.DisplayName ?? tenant.Name}");
            writer.WriteString("description", $"Xuất từ trang “{tenant.Name}” lúc {DateTime.UtcNow:dd/MM/yyyy HH:mm} (UTC).");
            writer.WriteBoolean("issetuprecipe", true);
            writer.WriteString("exportedFrom", tenant.Name);
            writer.WriteString("exportedUtc", DateTime.UtcNow);
            writer.WriteBoolean("passwordsIncluded", options.IncludePasswordHashes);
            writer.WriteStartArray("steps");

            context = new SiteExportContext(tenant.Name, options.IncludePasswordHashes, async (step, ct) =>
            {
                RecipeValueEscaping.Escape(step);
                step.WriteTo(writer);
                await writer.FlushAsync(ct);
            });
            foreach (var source in sources)
            {
                await source.ExportAsync(context, cancellationToken);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            await writer.FlushAsync(cancellationToken);
        }

        foreach (var file in context.Files)
        {
            // A file deleted between the listing and now would leave the recipe naming a file the zip lacks.
            await using var content = await file.Open(cancellationToken)
                ?? throw new IOException($"'{file.ArchivePath}' was deleted during the export of '{tenant.Name}'; export again.");

            // Photos and PDFs are compressed already: storing them saves the CPU for nothing lost.
            await using var entry = await zip.CreateEntry(file.ArchivePath, CompressionLevel.NoCompression).OpenAsync(cancellationToken);
            await content.CopyToAsync(entry, cancellationToken);
        }
    }
}
