using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DanVan.Orchard.Tenancy;

namespace DanVan.Web.Tests.SiteTransfer;

/// <summary>
/// The admin's side: a district's administrator downloads its own site (nobody else's, and no editor), the portal's
/// administrator exports any district and imports an export as a new one; a bad zip answers 400 in Vietnamese and
/// creates nothing.
/// </summary>
public sealed partial class SiteExportAdminTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    [Fact]
    public async Task A_district_administrator_downloads_its_own_site_as_a_zip_without_password_hashes()
    {
        var admin = await SignedInAsync("/hoa-an", "admin");

        var response = await admin.PostFormAsync("/admin/export", "/admin/export", new() { ["includePasswordHashes"] = "false" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches(@"^HoaAn-\d{8}-\d{4}\.zip$", response.Content.Headers.ContentDisposition?.FileNameStar);
        var zip = ExportZip.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("HoaAn", (string?)zip.Recipe["exportedFrom"]);
        Assert.DoesNotContain("PasswordHash", zip.RecipeText);
        Assert.Contains(zip.Files.Keys, f => f.StartsWith("media/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_district_administrator_cannot_export_another_district_nor_use_the_portal_export()
    {
        var admin = await SignedInAsync("/hoa-an", "admin");
        var token = Token(await admin.GetStringAsync("/admin/export"));
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        var otherDistrict = await admin.Http.PostAsync("/tra-linh/admin/export", form);
        var portal = await admin.Http.PostAsync("/admin/tenants/TraLinh/export", form);
        var portalPageInDistrict = await admin.Http.GetAsync("/hoa-an/admin/tenants/TraLinh/export");
        var otherDistrictPage = await admin.Http.GetAsync("/tra-linh/admin/export");

        // Signed in at Hòa An is being nobody at Trà Lĩnh and at the portal: sent to their sign-in pages.
        Assert.Equal(HttpStatusCode.Redirect, otherDistrictPage.StatusCode);
        Assert.StartsWith("/tra-linh/login", TenantClient.Location(otherDistrictPage));

        foreach (var response in new[] { otherDistrict, portal })
        {
            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
            Assert.NotEqual("application/zip", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(HttpStatusCode.NotFound, portalPageInDistrict.StatusCode);
    }

    [Fact]
    public async Task An_editor_cannot_export_the_site()
    {
        await site.CreateUserAsync("HoaAn", "bientapxuat", "Editor");
        var editor = await SignedInAsync("/hoa-an", "bientapxuat");

        var page = await editor.GetAsync("/admin/export");
        var token = Token(await editor.GetStringAsync("/admin"));
        Assert.NotEmpty(token);
        var post = await editor.Http.PostAsync("/hoa-an/admin/export", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.NotEqual("application/zip", post.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_portal_exports_a_district_and_imports_it_as_a_new_district()
    {
        var portal = await SignedInAsync(string.Empty, "admin");
        Assert.Contains("Xuất", await portal.GetStringAsync("/admin/tenants"));

        var export = await portal.PostFormAsync("/admin/tenants/TraLinh/export", "/admin/tenants/TraLinh/export", new());
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var bytes = await export.Content.ReadAsByteArrayAsync();
        Assert.Equal("TraLinh", (string?)ExportZip.Read(bytes).Recipe["exportedFrom"]);

        var import = await UploadAsync(portal, bytes, new() { ["Name"] = "TraLinhNhap", ["Prefix"] = "tra-linh-nhap", ["DisplayName"] = "Trà Lĩnh (bản nhập)" });

        Assert.Equal(HttpStatusCode.Redirect, import.StatusCode);
        Assert.Equal(TenantState.Running, (await site.Get<ITenantManager>().FindAsync("TraLinhNhap", CancellationToken.None))!.State);
        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/tra-linh-nhap/{ProvisionedSiteFixture.SampleArticlePath}")).StatusCode);
    }

    [Theory]
    [InlineData("media/../../evil.txt", "bị từ chối")]
    [InlineData("khac/tep.txt", "không thuộc một bản xuất")]
    public async Task A_bad_zip_uploaded_to_the_portal_answers_400_in_vietnamese_and_creates_nothing(string entry, string reason)
    {
        var portal = await SignedInAsync(string.Empty, "admin");
        var zip = ExportZip.Build([("recipe.json", """{ "name": "site-export", "issetuprecipe": true, "steps": [] }"""u8.ToArray()), (entry, "x"u8.ToArray())]);

        var response = await UploadAsync(portal, zip, new() { ["Name"] = "XauNhap", ["Prefix"] = "xau-nhap" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Null(await site.Get<ITenantManager>().FindAsync("XauNhap", CancellationToken.None));
        Assert.False(Directory.Exists(Path.Combine(site.AppData, "Sites", "XauNhap")));
    }

    private async Task<TenantClient> SignedInAsync(string prefix, string userName)
    {
        var client = site.Client(prefix);
        var login = await client.LoginAsync(userName, OrchardWebApplicationFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }

    private static async Task<HttpResponseMessage> UploadAsync(TenantClient portal, byte[] zip, Dictionary<string, string> fields)
    {
        var token = Token(await portal.GetStringAsync("/admin/tenants/import-site"));
        using var form = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value, Encoding.UTF8), key);
        }

        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(zip);
        file.Headers.ContentType = new("application/zip");
        form.Add(file, "file", "ban-xuat.zip");
        return await portal.Http.PostAsync(portal.Url("/admin/tenants/import-site"), form);
    }

    private static string Token(string html) => WebUtility.HtmlDecode(AntiforgeryField().Match(html).Groups[1].Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
