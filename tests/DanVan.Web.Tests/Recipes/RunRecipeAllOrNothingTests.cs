using System.Net;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Media;
using DanVan.Orchard.Recipes;
using DanVan.Orchard.Settings;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Recipes;

/// <summary>
/// A recipe run on a running tenant is all or nothing: when a later step fails, the content, settings, roles, users and
/// media files of the earlier steps are gone (the database in one transaction, files undone), the caches do not keep
/// them, and the tenant goes on serving its pages.
/// </summary>
public sealed class RunRecipeAllOrNothingTests(RunRecipeAllOrNothingTests.Site site) : IClassFixture<RunRecipeAllOrNothingTests.Site>
{
    private const string Png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC";

    public sealed class Site : OrchardWebApplicationFactory, IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            AddRecipe("thu-hong.recipe.json", Recipe("thu-hong", failing: true));
            AddRecipe("thu-tot.recipe.json", Recipe("thu-tot", failing: false));
            AddRecipe("thu-anh.recipe.json", """
                { "name": "thu-anh", "steps": [ { "name": "media", "Files": [ { "TargetPath": "thu/anh-goc.png", "Base64": "PNG" } ] } ] }
                """.Replace("PNG", Png, StringComparison.Ordinal));
            AddRecipe("thu-de-anh.recipe.json", """
                { "name": "thu-de-anh", "steps": [
                  { "name": "media", "Files": [ { "TargetPath": "thu/anh-goc.png", "Base64": "R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==" } ] },
                  { "name": "media", "Files": [ { "TargetPath": "thu/hong.png", "Base64": "khong phai base64!" } ] } ] }
                """);
            _ = Server;
            await Get<TenantSetupService>().SetupAsync("Default", SetupRequest("province-portal"), CancellationToken.None);
            await CreateAndSetupAsync("ThuCongThuc", "thu-cong-thuc", "Ban Dân vận thử công thức", "district-board");
            await CreateAndSetupAsync("ThuAnh", "thu-anh", "Ban Dân vận thử ảnh", "district-board");
            await CreateAndSetupAsync("ThuDongLenh", "thu-dong-lenh", "Ban Dân vận thử dòng lệnh", "district-board");
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task A_recipe_failing_at_its_last_step_leaves_nothing_of_the_earlier_steps_and_the_tenant_serves_on()
    {
        var reader = site.Client("/thu-cong-thuc");
        var homeBefore = await reader.GetStringAsync("/"); // cached pages and documents of the tenant before the run
        Assert.DoesNotContain("Tên do công thức đặt", homeBefore, StringComparison.Ordinal);

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.Get<TenantSetupService>().RunRecipeAsync("ThuCongThuc", "thu-hong", CancellationToken.None));
        Assert.Contains("step 5 (media)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Files[0].Base64", error.Message, StringComparison.Ordinal);

        await site.InTenantAsync("ThuCongThuc", async services =>
        {
            Assert.Null(await services.GetRequiredService<IContentManager>().GetPublishedByPathAsync("trang-thu", CancellationToken.None));
            Assert.NotEqual("Tên do công thức đặt", (await services.GetRequiredService<SiteService>().GetAsync(CancellationToken.None)).SiteName);
            Assert.False(await services.GetRequiredService<RoleManager<IdentityRole>>().RoleExistsAsync("NguoiThu"));
            Assert.Null(await services.GetRequiredService<UserManager<IdentityUser>>().FindByNameAsync("nguoithu"));
            Assert.Null(await services.GetRequiredService<IMediaStore>().GetFileAsync("ThuCongThuc", "thu/diem.png", CancellationToken.None));
        });
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/trang-thu")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/media/thu/diem.png")).StatusCode);
        var home = await reader.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.DoesNotContain("Tên do công thức đặt", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The same recipe without its broken step does everything it says, on the same tenant.
        await site.Get<TenantSetupService>().RunRecipeAsync("ThuCongThuc", "thu-tot", CancellationToken.None);

        await site.InTenantAsync("ThuCongThuc", async services =>
        {
            Assert.NotNull(await services.GetRequiredService<IContentManager>().GetPublishedByPathAsync("trang-thu", CancellationToken.None));
            Assert.Equal("Tên do công thức đặt", (await services.GetRequiredService<SiteService>().GetAsync(CancellationToken.None)).SiteName);
            Assert.True(await services.GetRequiredService<RoleManager<IdentityRole>>().RoleExistsAsync("NguoiThu"));
            var user = await services.GetRequiredService<UserManager<IdentityUser>>().FindByNameAsync("nguoithu");
            Assert.NotNull(user);
            Assert.Equal(["NguoiThu"], await services.GetRequiredService<UserManager<IdentityUser>>().GetRolesAsync(user));
        });
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/media/thu/diem.png")).StatusCode);
        Assert.Contains("Trang thử công thức", await reader.GetStringAsync("/trang-thu"), StringComparison.Ordinal);
        Assert.Contains("Tên do công thức đặt", await reader.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_clis_run_recipe_failing_exits_1_naming_the_step_and_leaves_nothing()
    {
        var cli = await HostCli.RunAsync(site, "tenants", "run-recipe", "--name", "ThuDongLenh", "--recipe", "thu-hong");

        Assert.Equal(1, cli.ExitCode);
        Assert.Contains("step 5 (media)", cli.Error, StringComparison.Ordinal);
        await site.InTenantAsync("ThuDongLenh", async services =>
        {
            Assert.Null(await services.GetRequiredService<IContentManager>().GetPublishedByPathAsync("trang-thu", CancellationToken.None));
            Assert.False(await services.GetRequiredService<RoleManager<IdentityRole>>().RoleExistsAsync("NguoiThu"));
            Assert.Null(await services.GetRequiredService<UserManager<IdentityUser>>().FindByNameAsync("nguoithu"));
            Assert.Null(await services.GetRequiredService<IMediaStore>().GetFileAsync("ThuDongLenh", "thu/diem.png", CancellationToken.None));
        });
    }

    [Fact]
    public async Task A_file_overwritten_by_a_failed_recipe_gets_its_old_content_back()
    {
        await site.Get<TenantSetupService>().RunRecipeAsync("ThuAnh", "thu-anh", CancellationToken.None);
        var reader = site.Client("/thu-anh");
        var before = await (await reader.GetAsync("/media/thu/anh-goc.png")).Content.ReadAsByteArrayAsync();
        var copiesBefore = UndoCopies();

        await Assert.ThrowsAsync<RecipeException>(() => site.Get<TenantSetupService>().RunRecipeAsync("ThuAnh", "thu-de-anh", CancellationToken.None));

        // The old bytes waited in a temporary file, not in memory, and the file is gone once the recipe has ended.
        Assert.Equal(copiesBefore, UndoCopies());
        Assert.Equal(Convert.FromBase64String(Png), before);
        await site.InTenantAsync("ThuAnh", async services =>
        {
            await using var stored = await services.GetRequiredService<IMediaStore>().OpenReadAsync("ThuAnh", "thu/anh-goc.png", CancellationToken.None);
            Assert.NotNull(stored);
            using var copy = new MemoryStream();
            await stored.CopyToAsync(copy);
            Assert.Equal(before, copy.ToArray());
        });
    }

    private static string[] UndoCopies() => [.. Directory.GetFiles(Path.GetTempPath(), "danvan-recipe-undo-*").Order(StringComparer.Ordinal)];

    private static string Recipe(string name, bool failing) => $$"""
        {
          "name": "{{name}}",
          "steps": [
            { "name": "Content", "data": [ {
              "ContentItemId": "[js: uuid()]", "ContentItemVersionId": "[js: uuid()]", "ContentType": "Page", "DisplayText": "Trang thử công thức",
              "Latest": true, "Published": true, "CreatedUtc": "2026-11-01T02:00:00Z", "ModifiedUtc": "2026-11-01T02:00:00Z", "PublishedUtc": "2026-11-01T02:00:00Z",
              "TitlePart": { "Title": "Trang thử công thức" }, "AutoroutePart": { "Path": "trang-thu" }, "HtmlBodyPart": { "Html": "<p>Nội dung thử.</p>" } } ] },
            { "name": "Settings", "SiteName": "Tên do công thức đặt" },
            { "name": "Roles", "Roles": [ { "Name": "NguoiThu", "Description": "Vai trò thử", "Permissions": [ "ViewAdmin" ] } ] },
            { "name": "Users", "Users": [ { "UserName": "nguoithu", "Email": "nguoithu@example.vn", "Roles": [ "NguoiThu" ] } ] },
            { "name": "media", "Files": [ { "TargetPath": "thu/diem.png", "Base64": "{{Png}}" } ] }{{(failing ? """
            ,
            { "name": "media", "Files": [ { "TargetPath": "thu/hong.png", "Base64": "khong phai base64!" } ] }
            """ : string.Empty)}}
          ]
        }
        """;
}
