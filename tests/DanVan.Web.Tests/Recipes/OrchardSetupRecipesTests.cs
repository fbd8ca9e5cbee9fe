using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DanVan.Orchard.Display;
using DanVan.Orchard.Recipes;
using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Recipes;

/// <summary>
/// Orchard Core's own setup recipes (Blog, Agency, SaaS, Headless; Blank is in <see cref="OrchardRecipeCompatibilityTests"/>)
/// set up a tenant with --lenient, from the CLI, the admin form or the API, and their items open at their Autoroute paths;
/// Orchard's menus become the main menu and its taxonomies the items' tag and category names.
/// </summary>
public sealed class OrchardSetupRecipesTests(OrchardSetupRecipesTests.Site site) : IClassFixture<OrchardSetupRecipesTests.Site>
{
    private const string Password = OrchardWebApplicationFactory.AdminPassword;

    /// <summary>The portal, set up, with Orchard's recipes and a test menu recipe in its recipes folder.</summary>
    public sealed class Site : OrchardWebApplicationFactory, IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            OrchardReferenceRecipes.AddTo(this, "blog.recipe.json", "agency.recipe.json", "saas.recipe.json", "headless.recipe.json", "blank.recipe.json");
            AddRecipe("orchard-menu.recipe.json", MenuRecipe);
            AddRecipe("orchard-media.recipe.json", MediaRecipe);
            _ = Server;
            await Get<TenantSetupService>().SetupAsync("Default", SetupRequest("province-portal"), CancellationToken.None);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task Orchard_blog_sets_up_from_the_cli_and_its_post_about_page_and_home_open()
    {
        var cli = await HostCli.RunAsync(site, "tenants", "create", "--name", "OrchardBlog", "--prefix", "orchard-blog", "--recipe", "Blog",
            "--admin-email", "admin@example.vn", "--admin-password", Password, "--lenient");
        Assert.True(cli.ExitCode == 0, cli.Error);
        var reader = site.Client("/orchard-blog");

        var post = await Eventually.ReturnsAsync(() => reader.GetAsync("/blog/post-1"), r => r.StatusCode == HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        var html = await post.Content.ReadAsStringAsync();
        Assert.Contains("Man must explore, and this is exploration at its greatest", html, StringComparison.Ordinal);
        Assert.Contains("Never in all their history have men been able", html, StringComparison.Ordinal);
        Assert.Contains("Earth, Exploration, Space", html, StringComparison.Ordinal);
        Assert.Contains(">Travel<", html, StringComparison.Ordinal); // the category, given by its term id only
        Assert.Contains("Lorem ipsum dolor sit amet", await reader.GetStringAsync("/about"), StringComparison.Ordinal);
        var home = await reader.GetStringAsync("/");
        Assert.Contains("This is the description of your blog", home, StringComparison.Ordinal); // HomeRoute: the Blog item
        Assert.Contains("<a href=\"/orchard-blog/about\"", home, StringComparison.Ordinal); // Orchard's main menu
    }

    [Fact]
    public async Task Orchard_agency_sets_up_from_the_admin_form_with_the_lenient_box_and_opens_its_landing_page()
    {
        var admin = site.Client(string.Empty);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("admin", Password)).StatusCode);

        var created = await admin.PostFormAsync("/admin/tenants/create", "/admin/tenants/create", new()
        {
            ["Name"] = "OrchardAgency",
            ["DisplayName"] = "Công ty Orchard",
            ["Prefix"] = "orchard-agency",
            ["Host"] = string.Empty,
            ["RecipeName"] = "Agency",
            ["Lenient"] = "true",
            ["AdminEmail"] = "admin@orchard-agency.example.vn",
            ["AdminPassword"] = Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(TenantState.Running, (await site.Get<TenantManager>().FindAsync("OrchardAgency", CancellationToken.None))!.State);
        var reader = site.Client("/orchard-agency");
        Assert.Contains("Công ty Orchard", await reader.GetStringAsync("/home-page"), StringComparison.Ordinal);
        var home = await reader.GetStringAsync("/");
        Assert.Contains("<h1 class=\"article__title page-title\">Công ty Orchard</h1>", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/orchard-agency/#services\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_lenient_box_the_admin_form_refuses_an_orchard_recipe_and_leaves_no_tenant_record()
    {
        var admin = site.Client(string.Empty);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("admin", Password)).StatusCode);

        var refused = await admin.PostFormAsync("/admin/tenants/create", "/admin/tenants/create", new()
        {
            ["Name"] = "OrchardStrict",
            ["DisplayName"] = "Orchard strict",
            ["Prefix"] = "orchard-strict",
            ["Host"] = string.Empty,
            ["RecipeName"] = "Agency",
            ["AdminEmail"] = "admin@orchard-strict.example.vn",
            ["AdminPassword"] = Password,
        });

        Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("unknown feature &#x27;OrchardCore.Diagnostics&#x27;", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await site.Get<TenantManager>().FindAsync("OrchardStrict", CancellationToken.None));
    }

    [Fact]
    public async Task The_api_refuses_an_orchard_recipe_it_would_have_to_skip_from_leaving_no_tenant_record()
    {
        var api = site.CreateClient(new() { AllowAutoRedirect = false });
        api.DefaultRequestHeaders.Authorization = new("Bearer", await site.Get<DanVan.Tenants.Services.ApiKeyStore>().IssueAsync("kiểm thử", "tests", CancellationToken.None));

        var refused = await api.PostAsJsonAsync("/api/tenants", new
        {
            name = "OrchardApi", displayName = "Orchard API", prefix = "orchard-api", recipe = "Blank", adminEmail = "admin@example.vn", adminPassword = Password,
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("unknown feature 'OrchardCore.Diagnostics'", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Null(await site.Get<TenantManager>().FindAsync("OrchardApi", CancellationToken.None));
    }

    [Fact]
    public async Task Orchard_saas_sets_up_leniently_and_its_admin_signs_in()
    {
        await site.Get<TenantManager>().CreateAsync(new CreateTenantRequest("OrchardSaas", "Orchard SaaS", "orchard-saas", null, "SaaS"), CancellationToken.None);

        var tenant = await site.Get<TenantSetupService>().SetupAsync("OrchardSaas", OrchardWebApplicationFactory.SetupRequest("SaaS") with { Lenient = true }, CancellationToken.None);

        Assert.Equal(TenantState.Running, tenant.State);
        Assert.Equal(HttpStatusCode.Redirect, (await site.Client("/orchard-saas").LoginAsync("admin", Password)).StatusCode);
    }

    [Fact]
    public async Task Orchard_headless_sets_up_from_the_cli_warning_of_each_permission_it_has_no_equivalent_for()
    {
        var cli = await HostCli.RunAsync(site, "tenants", "create", "--name", "OrchardHeadless", "--prefix", "orchard-headless", "--recipe", "Headless",
            "--admin-email", "admin@example.vn", "--admin-password", Password, "--lenient");

        Assert.True(cli.ExitCode == 0, cli.Error);
        Assert.Contains("Recipe 'Headless', step 1 (Roles), Roles[0].Permissions[1]: unknown permission 'ExecuteGraphQL': skipped", cli.Error, StringComparison.Ordinal);
        var admin = site.Client("/orchard-headless");
        Assert.Equal(HttpStatusCode.OK, (await Eventually.ReturnsAsync(() => admin.GetAsync("/login"), r => r.StatusCode == HttpStatusCode.OK)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("admin", Password)).StatusCode);
    }

    [Fact]
    public async Task An_orchard_menu_becomes_the_main_menu_nested_entries_after_their_parent_and_picked_items_by_path()
    {
        var tenant = await site.Get<TenantSetupService>().SetupAsync(
            (await site.Get<TenantManager>().CreateAsync(new CreateTenantRequest("OrchardMenu", "Orchard menu", "orchard-menu", null, "Blank"), CancellationToken.None)).Name,
            OrchardWebApplicationFactory.SetupRequest("Blank") with { Lenient = true }, CancellationToken.None);

        var strict = await Assert.ThrowsAsync<RecipeException>(() => site.Get<TenantSetupService>().RunRecipeAsync(tenant.Name, "orchard-menu", CancellationToken.None));
        Assert.Contains("menu item kind 'HtmlMenuItem' has no equivalent here", strict.Message, StringComparison.Ordinal);

        await site.Get<TenantSetupService>().RunRecipeAsync(tenant.Name, "orchard-menu", CancellationToken.None, lenient: true);

        IReadOnlyList<MenuItem> menu = [];
        await site.InTenantAsync(tenant.Name, async services => menu = await services.GetRequiredService<MenuService>().GetAsync(CancellationToken.None));
        Assert.Equal(
            new[] { new MenuItem("Trang chủ", "~/"), new MenuItem("Tin mới", "~/tin-moi"), new MenuItem("Liên hệ", "~/lien-he") },
            menu);
    }

    [Fact]
    public async Task Media_to_download_or_from_a_theme_folder_is_refused_by_name_and_skipped_leniently_while_the_rest_is_written()
    {
        var tenant = await site.Get<TenantSetupService>().SetupAsync(
            (await site.Get<TenantManager>().CreateAsync(new CreateTenantRequest("OrchardMedia", "Orchard media", "orchard-media", null, "Blank"), CancellationToken.None)).Name,
            OrchardWebApplicationFactory.SetupRequest("Blank") with { Lenient = true }, CancellationToken.None);

        var strict = await Assert.ThrowsAsync<RecipeException>(() => site.Get<TenantSetupService>().RunRecipeAsync(tenant.Name, "orchard-media", CancellationToken.None));
        Assert.Contains("field 'Files[0].SourceUrl': files are not downloaded here", strict.Message, StringComparison.Ordinal);

        await site.Get<TenantSetupService>().RunRecipeAsync(tenant.Name, "orchard-media", CancellationToken.None, lenient: true);

        var reader = site.Client("/orchard-media");
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/media/tep/diem.png")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/media/tep/tu-mang.jpg")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/media/home-bg.jpg")).StatusCode);
    }

    private const string MediaRecipe = """
        {
          "name": "orchard-media",
          "steps": [
            { "name": "media", "Files": [
              { "TargetPath": "tep/tu-mang.jpg", "SourceUrl": "http://127.0.0.1/anh.jpg" },
              { "TargetPath": "home-bg.jpg", "SourcePath": "../wwwroot/img/home-bg.jpg" },
              { "TargetPath": "tep/diem.png", "Base64": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC" } ] }
          ]
        }
        """;

    private const string MenuRecipe = """
        {
          "name": "orchard-menu",
          "steps": [
            { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Trang", "ContentTypePartDefinitionRecords": [
              { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "AutoroutePart", "Name": "AutoroutePart" } ] } ] },
            { "name": "Content", "data": [
              { "ContentType": "Menu", "ContentItemId": "menu1", "DisplayText": "Main Menu", "Published": true, "Latest": true,
                "MenuItemsListPart": { "MenuItems": [
                  { "ContentType": "LinkMenuItem", "DisplayText": "Trang chủ", "LinkMenuItemPart": { "Name": "Trang chủ", "Url": "~/" },
                    "MenuItemsListPart": { "MenuItems": [
                      { "ContentType": "LinkMenuItem", "DisplayText": "Tin mới", "LinkMenuItemPart": { "Url": "~/tin-moi" } } ] } },
                  { "ContentType": "HtmlMenuItem", "DisplayText": "Quảng cáo", "HtmlMenuItemPart": { "Html": "<b>x</b>" } },
                  { "ContentType": "ContentMenuItem", "DisplayText": "Liên hệ",
                    "ContentMenuItemPart": { "Name": "Liên hệ", "SelectedContentItem": { "ContentItemIds": [ "page1" ] } } } ] } },
              { "ContentType": "Trang", "ContentItemId": "page1", "DisplayText": "Liên hệ", "Published": true, "Latest": true,
                "TitlePart": { "Title": "Liên hệ" }, "AutoroutePart": { "Path": "lien-he" } } ] }
          ]
        }
        """;
}
