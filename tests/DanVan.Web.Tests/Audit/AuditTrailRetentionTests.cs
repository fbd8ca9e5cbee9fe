using System.Net;
using DanVan.AuditTrail;
using DanVan.AuditTrail.Data;
using DanVan.AuditTrail.Handlers;
using DanVan.AuditTrail.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DanVan.Web.Tests.Audit;

/// <summary>
/// Failed sign-ins and password-reset requests are recorded under no user's name (what was typed is in the details),
/// and the trail keeps its events for <c>DanVan:AuditTrail:RetentionDays</c> only.
/// </summary>
public sealed class AuditTrailRetentionTests(AuditTrailSite site) : IClassFixture<AuditTrailSite>
{
    [Fact]
    public async Task A_failed_sign_in_and_a_reset_request_for_a_real_account_are_not_recorded_under_its_name()
    {
        var stranger = site.Client("/hoa-an");
        Assert.Equal(HttpStatusCode.BadRequest, (await stranger.LoginAsync("admin", "mat-khau-doan-bua-9")).StatusCode);
        await stranger.PostFormAsync("/account/forgot-password", "/account/forgot-password", new() { ["Email"] = await AdminEmailAsync() });

        List<AuditTrailEvent> rows = [];
        await site.InTenantAsync("HoaAn", async services =>
            rows = await services.GetRequiredService<AuditTrailDbContext>().Events.AsNoTracking()
                .Where(e => e.Name == "Failed" || e.Name == "PasswordResetRequested").ToListAsync());

        var failed = Assert.Single(rows, e => e.Name == "Failed");
        Assert.True(string.IsNullOrEmpty(failed.UserName));
        Assert.Equal("Tên đăng nhập đã gõ: admin", failed.Details);
        var reset = Assert.Single(rows, e => e.Name == "PasswordResetRequested");
        Assert.True(string.IsNullOrEmpty(reset.UserName));
        Assert.Equal("Tài khoản: admin", reset.Details);
    }

    [Fact]
    public async Task Events_older_than_the_retention_are_deleted_at_most_once_an_interval()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var retention = new AuditTrailRetention(Options.Create(new AuditTrailOptions { RetentionDays = 30, PruneInterval = TimeSpan.FromHours(1) }), clock);
        var now = clock.GetUtcNow().UtcDateTime;
        await site.InTenantAsync("TraLinh", async services =>
        {
            var db = services.GetRequiredService<AuditTrailDbContext>();
            db.Events.AddRange(Row("cu", now.AddDays(-31)), Row("moi", now.AddDays(-29)));
            await db.SaveChangesAsync();
            await retention.PruneIfDueAsync(db, "TraLinh", CancellationToken.None);

            var names = await db.Events.AsNoTracking().Where(e => e.Category == "Thu").Select(e => e.Name).ToListAsync();
            Assert.Equal(["moi"], names);

            // Within the interval nothing is looked for; after it, the next old event goes.
            db.Events.Add(Row("cu-nua", now.AddDays(-40)));
            await db.SaveChangesAsync();
            await retention.PruneIfDueAsync(db, "TraLinh", CancellationToken.None);
            Assert.Equal(2, await db.Events.CountAsync(e => e.Category == "Thu"));
            clock.Advance(TimeSpan.FromHours(1));
            await retention.PruneIfDueAsync(db, "TraLinh", CancellationToken.None);
            Assert.Equal(["moi"], await db.Events.AsNoTracking().Where(e => e.Category == "Thu").Select(e => e.Name).ToListAsync());
        });

        Assert.Equal(365, site.Get<IOptions<AuditTrailOptions>>().Value.RetentionDays);
    }

    private async Task<string> AdminEmailAsync()
    {
        var email = string.Empty;
        await site.InTenantAsync("HoaAn", async services =>
            email = (await services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Microsoft.AspNetCore.Identity.IdentityUser>>().FindByNameAsync("admin"))!.Email!);
        return email;
    }

    private static AuditTrailEvent Row(string name, DateTime created) => new() { Category = "Thu", Name = name, CreatedUtc = created };
}
