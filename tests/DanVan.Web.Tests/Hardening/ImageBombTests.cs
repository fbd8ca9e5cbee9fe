using System.Diagnostics;
using System.Net;
using DanVan.Orchard.Media;
using DanVan.Orchard.Recipes;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Hosting;

namespace DanVan.Web.Tests.Hardening;

/// <summary>
/// Decompression bombs: small files that claim huge images. Refused at upload and in recipes from their header;
/// one already stored answers 4xx for <c>?width=</c> without being decoded; resizes are made once per variant.
/// </summary>
[Collection(ReaderSiteCollection.Name)]
public sealed class ImageBombTests(ProvisionedSiteFixture site)
{
    [Fact]
    public async Task An_upload_whose_header_claims_100000_by_100000_pixels_is_refused_with_a_message()
    {
        var admin = await MediaAdminClient.SignInAsync(site, "/hoa-an", "admin");
        var bomb = TestPng.ClaimingSize(100_000, 100_000);
        Assert.True(bomb.Length < 2_000);

        var (status, saved, errors) = await admin.UploadAsync("bom", "bom.png", bomb);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Empty(saved);
        Assert.Contains("100000×100000", errors[0]);
        Assert.Contains("vượt giới hạn", errors[0]);
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync("/hoa-an/media/bom/bom.png")).StatusCode);
    }

    [Fact]
    public async Task A_real_16000_by_16000_png_of_a_few_hundred_kilobytes_is_refused_at_upload()
    {
        var admin = await MediaAdminClient.SignInAsync(site, "/hoa-an", "admin");
        var bomb = TestPng.Solid(16_000, 16_000);
        Assert.True(bomb.Length < 2 * 1024 * 1024, $"{bomb.Length} bytes");

        var (status, _, errors) = await admin.UploadAsync("bom", "that-lon.png", bomb);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("16000×16000", errors[0]);
    }

    [Fact]
    public async Task The_limits_come_from_configuration()
    {
        using var strict = site.WithWebHostBuilder(b => b.UseSetting("DanVan:Media:MaxImageSide", "100"));
        var admin = new MediaAdminClient(new TenantClient(strict.CreateClient(new() { AllowAutoRedirect = false }), "/tra-linh"));
        await admin.Client.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword);

        var wide = await admin.UploadAsync("gioi-han", "rong.png", TestPng.Solid(200, 50));
        var small = await admin.UploadAsync("gioi-han", "vua.png", TestPng.Solid(100, 50));

        Assert.Equal(HttpStatusCode.BadRequest, wide.Status);
        Assert.Contains("200×50", wide.Errors[0]);
        Assert.Equal(HttpStatusCode.OK, small.Status);
    }

    [Fact]
    public async Task A_bomb_already_stored_answers_422_to_parallel_width_requests_and_is_read_once()
    {
        const string path = "anh/cu/bom-cu.png";
        await site.Get<IMediaStore>().WriteAsync("HoaAn", path, new MemoryStream(TestPng.ClaimingSize(100_000, 100_000)), CancellationToken.None);
        using var resizes = new ResizeCounter(site.Services, "HoaAn", path);
        var client = site.CreateClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.GetAsync("/hoa-an/media/" + path + "?width=640")));
        var later = await client.GetAsync("/hoa-an/media/" + path + "?width=640");

        Assert.All(answers.Append(later), a => Assert.Equal(HttpStatusCode.UnprocessableEntity, a.StatusCode));
        Assert.Contains("vượt giới hạn", await later.Content.ReadAsStringAsync());
        Assert.Equal(1, resizes.Count);
    }

    [Fact]
    public async Task A_real_16000_by_16000_png_already_stored_answers_422_without_being_decoded()
    {
        const string path = "anh/cu/that-lon-cu.png";
        await site.Get<IMediaStore>().WriteAsync("HoaAn", path, new MemoryStream(TestPng.Solid(16_000, 16_000)), CancellationToken.None);
        var client = site.CreateClient();
        var stopwatch = Stopwatch.StartNew();

        var answer = await client.GetAsync("/hoa-an/media/" + path + "?width=160");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.StatusCode);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task Parallel_requests_for_a_new_variant_make_it_once_and_all_get_it()
    {
        var admin = await MediaAdminClient.SignInAsync(site, "/hoa-an", "admin");
        var (_, saved, _) = await admin.UploadAsync("anh/lon", "lon.png", TestPng.Solid(3000, 2000));
        var path = saved[0];
        using var resizes = new ResizeCounter(site.Services, "HoaAn", path);
        var client = site.CreateClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.GetAsync("/hoa-an/media/" + path + "?width=640")));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var bodies = await Task.WhenAll(answers.Select(a => a.Content.ReadAsByteArrayAsync()));
        Assert.All(bodies, b => Assert.Equal(bodies[0], b));
        Assert.Equal(1, resizes.Count);
    }

    [Fact]
    public async Task The_media_recipe_step_refuses_a_bomb()
    {
        site.AddRecipe("media-bomb.recipe.json", $$"""
            { "name": "media-bomb", "issetuprecipe": false,
              "steps": [ { "name": "media", "Files": [ { "TargetPath": "anh/bom-cong-thuc.png", "Base64": "{{Convert.ToBase64String(TestPng.ClaimingSize(100_000, 100_000))}}" } ] } ] }
            """);

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.Get<TenantSetupService>().RunRecipeAsync("TraLinh", "media-bomb", CancellationToken.None));

        Assert.Contains("Files[0]", error.Message);
        Assert.Contains("vượt giới hạn", error.Message);
        Assert.Null(await site.Get<IMediaStore>().GetFileAsync("TraLinh", "anh/bom-cong-thuc.png", CancellationToken.None));
    }
}
