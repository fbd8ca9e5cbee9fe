using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DanVan.Orchard.Configuration;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Contents.Parts;
using DanVan.Orchard.Data;
using DanVan.Orchard.Display;
using DanVan.Orchard.Modules;
using DanVan.Orchard.PageCache;
using DanVan.Orchard.Http;
using DanVan.Orchard.Mvc;
using DanVan.Orchard.Recipes;
using DanVan.Orchard.ScaleOut;
using DanVan.Orchard.SiteTransfer;
using DanVan.Orchard.Recipes.Steps;
using DanVan.Orchard.Security;
using DanVan.Orchard.Email;
using DanVan.Orchard.Settings;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;

namespace DanVan.Orchard;

public static class OrchardServiceCollectionExtensions
{
    /// <summary>
    /// Registers the framework, the given modules and themes in the one container all tenants share.
    /// Tenant-specific state is reached through the scoped <see cref="TenantContext"/>.
    /// </summary>
    public static IServiceCollection AddOrchard(
        this IServiceCollection services,
        IConfiguration configuration,
        IReadOnlyList<ModuleStartup> modules,
        IReadOnlyList<Assembly> themes)
    {
        // Options bound from configuration are checked when the host starts; a bad value stops it naming the key.
        services.AddValidatedOptions<OrchardOptions, OrchardOptionsValidator>(configuration);
        services.AddSingleton<IValidateOptions<OrchardOptions>, PublicBaseUrlRequirement>();

        // Vietnamese text goes out as UTF-8, not as &#x…; entities (half the bytes, and readable source).
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddSingleton(sp => AppDataLocation.Resolve(sp.GetRequiredService<IOptions<OrchardOptions>>(), sp.GetRequiredService<IHostEnvironment>()));

        // Tenancy
        services.AddValidatedOptions<DatabaseOptions, DatabaseOptionsValidator>(configuration);
        services.AddSingleton<IDatabaseProvider, SqliteDatabaseProvider>();
        if (DatabaseOptions.Read(configuration).UsesPostgres)
        {
            services.AddOrchardPostgres();
        }
        else
        {
            services.AddSingleton<ITenantStore, JsonFileTenantStore>();
        }

        services.TryAddSingleton<Media.IMediaStore, Media.FileSystemMediaStore>();
        services.AddSingleton<TenantRegistry>();
        services.AddSingleton<ITenantRegistry>(sp => sp.GetRequiredService<TenantRegistry>());
        services.AddSingleton<TenantManager>();
        services.AddSingleton<ITenantManager>(sp => sp.GetRequiredService<TenantManager>());
        services.AddSingleton<TenantValidator>();
        services.AddSingleton<ITenantValidator>(sp => sp.GetRequiredService<TenantValidator>());
        services.AddSingleton<ReservedPrefixes>();
        services.AddSingleton<Text.IRoutedSegments>(sp => sp.GetRequiredService<ReservedPrefixes>());
        services.AddSingleton<PublicAddress>();
        services.AddSingleton<IPublicAddress>(sp => sp.GetRequiredService<PublicAddress>());
        services.AddSingleton<TenantSetupService>();
        services.AddSingleton<ITenantSetupService>(sp => sp.GetRequiredService<TenantSetupService>());
        services.AddScoped<TenantContext>();
        services.AddSingleton<TenantScopes>();
        services.AddSingleton<TenantIntegrityChecker>();

        // Data, settings, features, content
        services.AddSingleton<ITenantDbContextFactory, TenantDbContextFactory>();
        services.AddTenantDbContext<TenantDbContext>(TenantDbContext.MigrationsHistoryTable);
        services.AddScoped<TenantTransaction>();
        services.AddScoped<ITenantTransaction>(sp => sp.GetRequiredService<TenantTransaction>());
        services.AddSingleton<TenantMigrator>();
        services.AddScoped<IDocumentStore, DocumentStore>();
        services.AddScoped<ICommitOrder, TenantCommitOrder>();
        services.AddScoped<SiteService>();
        services.AddScoped<IRecipeSettingsTakeover, RecipeSettingsTakeover>();
        services.AddScoped<FeatureManager>();
        services.AddScoped<FeatureGate>();
        services.TryAddScoped<IFeatureProfiles, AllowAllFeatureProfiles>();
        services.AddScoped<ContentDefinitionManager>();
        services.AddScoped<ContentNormalizer>();
        services.AddScoped<ContentElementRegistry>();
        services.AddScoped<ContentIndexText>();
        services.AddScoped<IContentEventHandler, ContentPartEventDispatcher>();
        services.AddScoped<IContentManager, ContentManager>();
        services.AddScoped<DanVan.Orchard.Audit.IAuditTrailRecorder, DanVan.Orchard.Audit.AuditTrailRecorder>();
        services.AddSingleton<IHtmlSanitizer, HtmlSanitizerService>();
        services.AddValidatedOptions<ContentOptions, ContentOptionsValidator>(configuration);
        services.AddSingleton<HtmlLimits>();

        // Security, admin display, e-mail
        services.AddHttpContextAccessor();
        services.AddScoped<PermissionAuthorizationHandler>();
        services.AddScoped<IAuthorizationHandler>(sp => sp.GetRequiredService<PermissionAuthorizationHandler>());
        // [RequirePermission("X")] / [Admin] are policies named "Permission:X", built on demand for any permission.
        services.AddAuthorization();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        // Secure over https (also behind a configured TLS proxy), like the sign-in cookie.
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest);
        services.AddScoped<AdminLayoutContext>();
        services.AddScoped<Notifier>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddValidatedOptions<EmailOptions, EmailOptionsValidator>(configuration);
        services.TryAddSingleton<MailDropEmailSender>();
        services.TryAddSingleton<LoggingEmailSender>();
        services.TryAddScoped<IEmailSender, GatedEmailSender>();

        // Antiforgery tokens and cookies are per tenant; rate-limit policies (added by modules) answer 429 in Vietnamese.
        services.AddSingleton<IAntiforgeryAdditionalDataProvider, TenantAntiforgeryAdditionalDataProvider>();
        services.AddSingleton<IPostConfigureOptions<AntiforgeryOptions>, TenantAntiforgeryOptionsSetup>();
        services.AddRateLimiter(TooManyRequestsPage.Configure);

        // Recipes
        services.AddSingleton<RecipeHarvester>();
        services.AddSingleton<IRecipeHarvester>(sp => sp.GetRequiredService<RecipeHarvester>());
        services.AddSingleton<RecipeExecutor>();
        services.AddRecipeStep<FeatureStep>("Feature");
        services.AddRecipeStep<ThemesStep>("Themes");
        services.AddRecipeStep<SettingsStep>("Settings");
        services.AddRecipeStep<MenuStep>("Menu");
        services.AddScoped<MenuService>();
        services.AddSiteTransfer(configuration);

        var moduleAssemblies = modules.Select(m => m.GetType().Assembly).Distinct().ToList();
        var catalog = FeatureCatalog.FromAssemblies(moduleAssemblies);
        services.AddSingleton(catalog);
        services.AddSingleton(ThemeCatalog.FromAssemblies(themes));
        services.AddSingleton<IThemeFiles, ThemeFiles>();
        services.AddSingleton<IReadOnlyList<ModuleStartup>>(modules);

        // Public pages are cached per tenant: the key carries the tenant and its content generation, which any change
        // to its content, settings or features moves on, so a publish shows at once and never crosses tenants. Each
        // entry keeps the page gzip- and brotli-compressed next to its bytes (PageCache/).
        services.AddPageCache(configuration);
        // Pages rendered afresh (the page cache off, evicted, or not holding them yet) read their item's view model
        // from here, keyed by the tenant's shell and content generation like the pages themselves.
        services.AddValidatedOptions<PublishedViewCacheOptions, PublishedViewCacheOptionsValidator>(configuration);
        services.AddSingleton<PublishedViewCache>();
        services.AddSingleton<PageFragmentCache>();

        services.AddProblemDetails();
        services.AddExceptionHandler<UnhandledExceptionHandler>();
        // Since .NET 10 an exception an IExceptionHandler answers is no longer logged by the middleware; a 500 the
        // operator never sees in the log is worse than a duplicate line, so keep the middleware's error log.
        services.Configure<ExceptionHandlerOptions>(options => options.SuppressDiagnosticsCallback = _ => false);
        services.AddControllersWithViews(mvc =>
            {
                mvc.Conventions.Add(new ModuleFeatureConvention(catalog));
                mvc.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                mvc.Filters.Add(new AdminLayoutFilter());
                mvc.ModelBinderProviders.Insert(0, new CheckboxBooleanModelBinderProvider());

                // Nothing posts jQuery's bracket syntax; its reader throws on a key like "a[" instead of ignoring it.
                mvc.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
                mvc.ValueProviderFactories.RemoveType<JQueryQueryStringValueProviderFactory>();
            })
            // No client-side validation script is shipped; without it the validation summary no longer writes a hidden
            // <li style="display:none">, which the Content-Security-Policy (no inline style) would refuse.
            .AddViewOptions(options => options.HtmlHelperOptions.ClientValidationEnabled = false)
            .ConfigureApplicationPartManager(parts =>
            {
                foreach (var assembly in moduleAssemblies.Concat(themes))
                {
                    if (!parts.ApplicationParts.Any(p => p.Name == assembly.GetName().Name))
                    {
                        parts.ApplicationParts.Add(new AssemblyPart(assembly));
                    }
                }

                // The first compiled view of a path wins: themes go first, so a theme's view overrides a module's default one.
                var themeNames = themes.Select(t => t.GetName().Name).ToHashSet();
                var themeParts = parts.ApplicationParts.Where(p => themeNames.Contains(p.Name)).ToList();
                foreach (var part in themeParts)
                {
                    parts.ApplicationParts.Remove(part);
                }

                for (var i = 0; i < themeParts.Count; i++)
                {
                    parts.ApplicationParts.Insert(i, themeParts[i]);
                }
            });

        foreach (var module in modules)
        {
            var first = services.Count;
            module.ConfigureServices(services, configuration);
            ModuleRegistrations.AssignFeature(services, first, catalog.FeatureOf(module.GetType()));
        }

        // Last: it wraps the tenant store chosen above and adds the health checks (ScaleOut/, Health/).
        services.AddScaleOut(configuration);
        return services;
    }
}
