using System.Net;
using DanVan.Orchard.Recipes;
using DanVan.Orchard.Tenancy;

namespace DanVan.Web.Tests;

public sealed class TenantSetupFailureTests : IClassFixture<ProvisionedSiteFixture>
{
    private readonly ProvisionedSiteFixture _site;
    private readonly HttpClient _client;

    public TenantSetupFailureTests(ProvisionedSiteFixture site)
    {
        _site = site;
        _client = site.CreateClient(new() { AllowAutoRedirect = false });
        site.AddRecipe("unknown-step.recipe.json", """
            { "name": "unknown-step", "issetuprecipe": true,
              "steps": [ { "name": "feature", "enable": ["DanVan.Articles"] }, { "name": "elasticsearch-index", "Indices": [] } ] }
            """);
        site.AddRecipe("bad-timezone.recipe.json", """
            { "name": "bad-timezone", "issetuprecipe": true,
              "steps": [ { "name": "feature", "enable": ["DanVan.Articles"] }, { "name": "settings", "SiteName": "Thử", "TimeZone": "Sao Hỏa/Olympus" } ] }
            """);
        site.AddRecipe("bad-meeting-date.recipe.json", """
            { "name": "bad-meeting-date", "issetuprecipe": false,
              "steps": [ { "name": "content", "data": [ { "ContentType": "MeetingReport", "DisplayText": "Họp", "Published": true,
                "TitlePart": { "Title": "Họp" }, "MeetingReport": { "MeetingDate": { "Value": "31/02/2026" } } } ] } ] }
            """);
    }

    [Fact]
    public async Task Unknown_step_is_refused_before_anything_is_created_and_a_good_recipe_then_works()
    {
        await _site.Get<TenantManager>().CreateAsync(new CreateTenantRequest("BaoLac", "Ban Dân vận Huyện ủy Bảo Lạc", "bao-lac", null, "district-board"), CancellationToken.None);

        var error = await Assert.ThrowsAsync<RecipeException>(() =>
            _site.Get<TenantSetupService>().SetupAsync("BaoLac", OrchardWebApplicationFactory.SetupRequest("unknown-step"), CancellationToken.None));

        Assert.Contains("Recipe 'unknown-step': 1 unknown item(s): step 1 (elasticsearch-index): unknown step 'elasticsearch-index'", error.Message);
        Assert.Equal(TenantState.Uninitialized, (await _site.Get<TenantManager>().FindAsync("BaoLac", CancellationToken.None))!.State);
        Assert.False(Directory.Exists(Path.Combine(_site.AppData, "Sites", "BaoLac")));

        await _site.Get<TenantSetupService>().SetupAsync("BaoLac", OrchardWebApplicationFactory.SetupRequest("district-board", "sample-content"), CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/bao-lac/")).StatusCode);
    }

    [Fact]
    public async Task A_step_failing_midway_leaves_the_tenant_failed_with_no_database_and_a_retry_works()
    {
        await _site.Get<TenantManager>().CreateAsync(new CreateTenantRequest("HaQuang", "Ban Dân vận Huyện ủy Hà Quảng", "ha-quang", null, "district-board"), CancellationToken.None);

        var error = await Assert.ThrowsAsync<TenantSetupException>(() =>
            _site.Get<TenantSetupService>().SetupAsync("HaQuang", OrchardWebApplicationFactory.SetupRequest("bad-timezone"), CancellationToken.None));

        Assert.Contains("Recipe 'bad-timezone', step 1 (settings), field 'TimeZone'", error.Message);
        var failed = (await _site.Get<TenantManager>().FindAsync("HaQuang", CancellationToken.None))!;
        Assert.Equal(TenantState.Failed, failed.State);
        Assert.Contains("TimeZone", failed.FailureReason);
        Assert.False(Directory.Exists(Path.Combine(_site.AppData, "Sites", "HaQuang")));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await _client.GetAsync("/ha-quang/")).StatusCode);

        var running = await _site.Get<TenantSetupService>().SetupAsync("HaQuang", OrchardWebApplicationFactory.SetupRequest("district-board"), CancellationToken.None);

        Assert.Equal(TenantState.Running, running.State);
        Assert.Null(running.FailureReason);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/ha-quang/")).StatusCode);
    }

    [Fact]
    public async Task A_bad_field_value_names_the_item_and_the_field()
    {
        await _site.Get<TenantManager>().CreateAsync(new CreateTenantRequest("ThongNong", null, "thong-nong", null, "district-board"), CancellationToken.None);

        var error = await Assert.ThrowsAsync<TenantSetupException>(() => _site.Get<TenantSetupService>().SetupAsync(
            "ThongNong", OrchardWebApplicationFactory.SetupRequest("district-board", "bad-meeting-date"), CancellationToken.None));

        Assert.Contains("Recipe 'bad-meeting-date', step 0 (content), field 'data[0].MeetingReport.MeetingDate': 'Value' \"31/02/2026\" is not an ISO 8601 date", error.Message);
    }

    [Fact]
    public async Task A_weak_administrator_password_is_refused_before_anything_changes()
    {
        await _site.Get<TenantManager>().CreateAsync(new CreateTenantRequest("NguyenBinh", null, "nguyen-binh", null, "district-board"), CancellationToken.None);

        var error = await Assert.ThrowsAsync<TenantValidationException>(() => _site.Get<TenantSetupService>().SetupAsync(
            "NguyenBinh", new TenantSetupRequest(["district-board"], null, "admin", "admin@example.vn", "ngan"), CancellationToken.None));

        Assert.Contains("ít nhất 10 ký tự", error.Message);
        Assert.Equal(TenantState.Uninitialized, (await _site.Get<TenantManager>().FindAsync("NguyenBinh", CancellationToken.None))!.State);
    }

    [Fact]
    public async Task A_setup_interrupted_by_a_crash_becomes_failed_and_can_be_retried()
    {
        var manager = _site.Get<TenantManager>();
        var now = DateTime.UtcNow;
        await manager.CreateAsync(new CreateTenantRequest("TrungKhanh", null, "trung-khanh", null, "district-board"), CancellationToken.None);
        var silent = SetupLease.ForThisProcess(now) with { MachineName = "node-khac", HeartbeatUtc = now - SetupLease.ExpiresAfter - TimeSpan.FromSeconds(1) };
        await manager.ChangeAsync("TrungKhanh", t => t with { State = TenantState.Initializing, SetupStartedUtc = now, SetupLease = silent }, CancellationToken.None);
        await manager.CreateAsync(new CreateTenantRequest("DangChay", null, "dang-chay", null, "district-board"), CancellationToken.None);
        await manager.ChangeAsync("DangChay", t => t with { State = TenantState.Initializing, SetupStartedUtc = now, SetupLease = SetupLease.ForThisProcess(now) }, CancellationToken.None);

        // The site's own watcher may get there first; either way the silent setup is Failed and the live one is not.
        var failed = await manager.FailInterruptedSetupsAsync(CancellationToken.None);

        Assert.DoesNotContain("DangChay", failed);
        var trungKhanh = (await manager.FindAsync("TrungKhanh", CancellationToken.None))!;
        Assert.Equal(TenantState.Failed, trungKhanh.State);
        Assert.Contains("has not renewed its setup lease", trungKhanh.FailureReason);
        Assert.Equal(TenantState.Initializing, (await manager.FindAsync("DangChay", CancellationToken.None))!.State);
        var retried = await _site.Get<TenantSetupService>().SetupAsync("TrungKhanh", OrchardWebApplicationFactory.SetupRequest("district-board"), CancellationToken.None);
        Assert.Equal(TenantState.Running, retried.State);
        Assert.Null(retried.SetupLease);
    }

    [Fact]
    public async Task A_running_tenant_cannot_be_set_up_again()
    {
        var error = await Assert.ThrowsAsync<TenantValidationException>(() =>
            _site.Get<TenantSetupService>().SetupAsync("HoaAn", OrchardWebApplicationFactory.SetupRequest("district-board"), CancellationToken.None));

        Assert.Contains("trạng thái Running", error.Message, StringComparison.Ordinal);
        Assert.True(error.Error.IsConflict);
    }
}
