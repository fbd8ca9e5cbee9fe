using System.Globalization;
using System.Net;
using DanVan.Contents.Scheduling;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Contents.Parts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DanVan.Web.Tests.Contents;

/// <summary>
/// HoaAn with the scheduled publisher on a clock the tests move (no sleeps), Authors, an Editor and a Contributor; and, for the
/// restart test, a second host on the same App_Data: a process that never saw the
/// schedule being set.
/// </summary>
public class ScheduledPublishingSite : OrchardWebApplicationFactory, IAsyncLifetime
{
    private readonly ScheduledPublishingSite? appDataOf;

    public ScheduledPublishingSite()
    {
    }

    protected ScheduledPublishingSite(ScheduledPublishingSite appDataOf) => this.appDataOf = appDataOf;

    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public virtual async Task InitializeAsync()
    {
        await Get<DanVan.Orchard.Tenancy.TenantSetupService>().SetupAsync("Default", SetupRequest("province-portal"), CancellationToken.None);
        await CreateAndSetupAsync("HoaAn", "hoa-an", "Ban Dân vận Huyện ủy Hòa An", "district-board");
        await CreateUserAsync("HoaAn", "author", "Author");
        await CreateUserAsync("HoaAn", "author2", "Author");
        await CreateUserAsync("HoaAn", "editor", "Editor");
        await CreateUserAsync("HoaAn", "contributor", "Contributor");
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public async Task<TenantClient> SignedInAsync(string userName = "admin")
    {
        var client = Client("/hoa-an");
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(userName, AdminPassword)).StatusCode);
        return client;
    }

    /// <summary>The tenant's local date (dd/MM/yyyy) and time (HH:mm) of the scheduler's now plus <paramref name="ahead"/>.</summary>
    public (string Date, string Time, DateTime Local) LocalIn(TimeSpan ahead)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(Clock.GetUtcNow().UtcDateTime + ahead, Zone);
        local = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, DateTimeKind.Unspecified);
        return (local.ToString("dd'/'MM'/'yyyy", CultureInfo.InvariantCulture), local.ToString("HH':'mm", CultureInfo.InvariantCulture), local);
    }

    /// <summary>Has the publisher take turns until one has begun after now (so it has read the clock as it is).</summary>
    public async Task PublisherTurnAsync()
    {
        var scheduler = Get<PublishScheduler>();
        var before = scheduler.CompletedTicks;
        var after = await Eventually.ReturnsAsync(
            () =>
            {
                Get<PublishScheduleSignal>().Wake();
                return Task.FromResult(scheduler.CompletedTicks);
            },
            ticks => ticks >= before + 2,
            TimeSpan.FromSeconds(30));
        Assert.True(after >= before + 2, "the scheduled publisher did not take a turn");
    }

    /// <summary>The item's public address (its autoroute path), read from its latest version.</summary>
    public async Task<string> PublicPathAsync(string contentItemId)
    {
        string? path = null;
        await InTenantAsync("HoaAn", async services =>
            path = AutoroutePart.Path((await services.GetRequiredService<IContentManager>().GetLatestVersionAsync(contentItemId, CancellationToken.None))!.Item));
        return "/" + path;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (appDataOf is not null)
        {
            builder.UseSetting("DanVan:AppDataPath", appDataOf.AppData);
        }

        builder.ConfigureTestServices(services => services.AddKeyedSingleton<TimeProvider>(PublishScheduleClock.Key, Clock));
    }
}
