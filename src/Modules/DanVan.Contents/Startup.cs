using DanVan.Contents.Fields.Boolean;
using DanVan.Contents.Fields.ContentPicker;
using DanVan.Contents.Fields.Date;
using DanVan.Contents.Fields.DateTime;
using DanVan.Contents.Fields.Html;
using DanVan.Contents.Fields.Link;
using DanVan.Contents.Fields.Media;
using DanVan.Contents.Fields.Numeric;
using DanVan.Contents.Fields.Taxonomy;
using DanVan.Contents.Fields.Text;
using DanVan.Contents.Parts.Autoroute;
using DanVan.Contents.Parts.HtmlBody;
using DanVan.Contents.Parts.Title;
using DanVan.Contents.Recipes;
using DanVan.Contents.Scheduling;
using DanVan.Contents.Security;
using DanVan.Contents.Services;
using DanVan.Orchard.Contents.Parts;
using DanVan.Orchard.Display;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Recipes;
using DanVan.Orchard.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Contents;

public sealed class Startup : ModuleStartup
{
    public override void MapEndpoints(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints)
    {
        // Last resort for paths nothing else answers (only a running tenant gets this far; the gate handles the rest):
        // the published item at that path, else the 404 page.
        Microsoft.AspNetCore.Builder.ControllerEndpointRouteBuilderExtensions.MapFallbackToController(endpoints, "Display", "ContentItem");

        // "/" shows the HomeRoute item when the site names one; before the news home page (order -1), which answers otherwise.
        Microsoft.AspNetCore.Builder.ControllerEndpointRouteBuilderExtensions.MapDynamicControllerRoute<HomeRouteTransformer>(endpoints, "/", state: null!, order: -1);
    }

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddRecipeStep<ContentDefinitionStep>("ContentDefinition");
        services.AddRecipeStep<ContentStep>("Content");
        services.AddScoped<DanVan.Orchard.SiteTransfer.ISiteExportSource, Export.ContentDefinitionExportSource>();
        services.AddScoped<DanVan.Orchard.SiteTransfer.ISiteExportSource, Export.ContentItemsExportSource>();
        services.AddSingleton<IPermissionProvider, ContentPermissions>();
        services.AddScoped<IAuthorizationHandler, ContentOwnershipAuthorizationHandler>();
        services.AddSingleton<IAdminMenuProvider, ContentsAdminMenu>();
        services.AddSingleton<HtmlContent>();
        services.AddScoped<ContentEditors>();
        services.AddSingleton<ContentPathRules>();
        services.AddScoped<ContentDisplayBuilder>();
        services.AddScoped<HomeRouteTransformer>();
        services.AddSingleton<SitemapDates>();
        services.AddScoped<IMenuEntrySource, PageMenuEntries>();
        services.AddSingleton<DanVan.Orchard.Data.ITenantMigration, Upgrades.PageTypeUpgrade>();
        services.AddPublishSchedule(configuration);

        // Parts with behaviour and field types, each in its folder under Parts/ or Fields/ (see README, "Extending").
        services.AddContentPart(TitlePart.Name).WithHandler<TitlePartHandler>().WithEditor<TitlePartEditor>();
        services.AddContentPart(AutoroutePart.Name).WithHandler<AutoroutePartHandler>().WithEditor<AutoroutePartEditor>();
        services.AddContentPart(HtmlBodyPart.Name).WithHandler<HtmlBodyPartHandler>().WithEditor<HtmlBodyPartEditor>();
        services.AddContentField("TextField").WithHandler<TextFieldHandler>().WithEditor<TextFieldEditor>();
        services.AddContentField("HtmlField").WithHandler<HtmlFieldHandler>().WithEditor<HtmlFieldEditor>();
        services.AddContentField("DateField").WithHandler<DateFieldHandler>().WithEditor<DateFieldEditor>();
        services.AddContentField("DateTimeField").WithHandler<DateTimeFieldHandler>().WithEditor<DateTimeFieldEditor>();
        services.AddContentField("NumericField").WithHandler<NumericFieldHandler>().WithEditor<NumericFieldEditor>();
        services.AddContentField("BooleanField").WithHandler<BooleanFieldHandler>().WithEditor<BooleanFieldEditor>();
        services.AddContentField("MediaField").WithHandler<MediaFieldHandler>().WithEditor<MediaFieldEditor>();
        services.AddContentField("TaxonomyField").WithHandler<TaxonomyFieldHandler>().WithEditor<TaxonomyFieldEditor>();
        services.AddContentField("LinkField").WithHandler<LinkFieldHandler>().WithEditor<LinkFieldEditor>();
        services.AddContentField("ContentPickerField").WithHandler<ContentPickerFieldHandler>().WithEditor<ContentPickerFieldEditor>();
    }
}
