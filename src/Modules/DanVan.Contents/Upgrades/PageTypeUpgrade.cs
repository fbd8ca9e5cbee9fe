using System.Text.Json.Nodes;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Data;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Contents.Upgrades;

/// <summary>
/// Tenants set up with <c>district-board</c> or <c>province-portal</c> before the Page type existed get it (the same
/// definition the recipes now have) the first time they are used after the upgrade. Only a tenant with our Article type
/// and neither a Page type nor a Page part: another recipe's definition (an Orchard blog) is left as it is. Runs
/// before any recipe at setup, when the definition is still empty, and does nothing then.
/// </summary>
public sealed class PageTypeUpgrade : ITenantMigration
{
    public const string Id = "DanVan.Contents:20261130-PageType";

    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var definitions = services.GetRequiredService<ContentDefinitionManager>();
        var current = await definitions.GetAsync(cancellationToken);
        if (!IsPending(current))
        {
            return;
        }

        // The cached document is shared: save a new one (the same lists plus the Page type and part).
        await definitions.SaveAsync(new ContentDefinitionDocument
        {
            ContentTypes = [.. current.ContentTypes, PageType()],
            ContentParts = [.. current.ContentParts, PagePart()],
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> GetPendingAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        IsPending(await services.GetRequiredService<ContentDefinitionManager>().GetAsync(cancellationToken)) ? [Id] : [];

    public IEnumerable<string> GetMigrationIds(IServiceProvider services) => [Id];

    private static bool IsPending(ContentDefinitionDocument definition) =>
        definition.FindType("Article") is not null && definition.FindType("Page") is null && definition.FindPart("Page") is null;

    private static ContentTypeDefinition PageType() => new()
    {
        Name = "Page",
        DisplayName = "Trang",
        Settings = new JsonObject
        {
            ["ContentTypeSettings"] = new JsonObject { ["Creatable"] = true, ["Listable"] = true, ["Draftable"] = true, ["Versionable"] = true },
            ["ContentIndexSettings"] = new JsonObject { ["Included"] = true },
        },
        ContentTypePartDefinitionRecords =
        [
            TypePart("TitlePart", 0),
            TypePart("AutoroutePart", 1, ("AutoroutePartSettings", new JsonObject { ["Pattern"] = AutoroutePattern.Default, ["AllowCustomPath"] = true })),
            TypePart("HtmlBodyPart", 2),
            TypePart("Page", 3),
        ],
    };

    private static ContentPartDefinition PagePart() => new()
    {
        Name = "Page",
        ContentPartFieldDefinitionRecords =
        [
            new ContentPartFieldDefinition
            {
                FieldName = "BooleanField",
                Name = "ShowInMenu",
                Settings = new JsonObject { ["ContentPartFieldSettings"] = new JsonObject { ["DisplayName"] = "Hiện trên menu", ["Position"] = "0" } },
            },
        ],
    };

    private static ContentTypePartDefinition TypePart(string name, int position, (string Name, JsonObject Value)? settings = null)
    {
        var part = new ContentTypePartDefinition
        {
            PartName = name,
            Name = name,
            Settings = new JsonObject { ["ContentTypePartSettings"] = new JsonObject { ["Position"] = position.ToString(System.Globalization.CultureInfo.InvariantCulture) } },
        };
        if (settings is { } extra)
        {
            part.Settings[extra.Name] = extra.Value;
        }

        return part;
    }
}
