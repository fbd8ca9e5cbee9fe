using System.Diagnostics;
using DanVan.Orchard.Tenancy;

namespace DanVan.Orchard.Tests.Tenancy;

/// <summary>An Initializing tenant is abandoned as soon as its setup's process is gone or its lease lapsed, not after an age.</summary>
public sealed class SetupLeaseTests
{
    private static readonly DateTime Now = DateTime.UtcNow;

    private static TenantSettings Initializing(SetupLease? lease, DateTime? started = null) =>
        new() { Name = "HoaAn", State = TenantState.Initializing, SetupStartedUtc = started ?? Now, SetupLease = lease };

    [Fact]
    public void A_setup_of_a_live_process_renewing_its_lease_is_not_abandoned()
    {
        Assert.Null(Initializing(SetupLease.ForThisProcess(Now)).WhySetupAbandoned(Now));
    }

    [Fact]
    public void A_setup_whose_process_is_gone_is_abandoned_at_once()
    {
        using var gone = Process.Start("true")!;
        gone.WaitForExit();
        var lease = SetupLease.ForThisProcess(Now) with { ProcessId = gone.Id };

        Assert.Contains($"process {gone.Id} on {Environment.MachineName} is gone", Initializing(lease).WhySetupAbandoned(Now));
    }

    [Fact]
    public void A_process_gone_here_is_named_as_gone_even_once_its_lease_has_also_run_out()
    {
        using var gone = Process.Start("true")!;
        gone.WaitForExit();
        var lease = SetupLease.ForThisProcess(Now) with { ProcessId = gone.Id };

        var why = Initializing(lease).WhySetupAbandoned(Now + SetupLease.ExpiresAfter + TimeSpan.FromMinutes(1));

        Assert.Contains($"process {gone.Id} on {Environment.MachineName} is gone", why);
        Assert.DoesNotContain("has not renewed", why);
    }

    [Fact]
    public void A_process_id_reused_by_another_process_does_not_pass_for_the_owner()
    {
        var lease = SetupLease.ForThisProcess(Now) with { ProcessStartedUtc = Now.AddDays(-3) };

        Assert.Contains("belongs to another process", Initializing(lease).WhySetupAbandoned(Now));
    }

    [Fact]
    public void A_setup_on_another_machine_is_trusted_while_it_renews_and_abandoned_when_it_stops()
    {
        var elsewhere = SetupLease.ForThisProcess(Now) with { MachineName = "node-khac", ProcessId = int.MaxValue };

        Assert.Null(Initializing(elsewhere).WhySetupAbandoned(Now + SetupLease.ExpiresAfter));
        Assert.Contains("has not renewed its setup lease", Initializing(elsewhere).WhySetupAbandoned(Now + SetupLease.ExpiresAfter + TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void A_setup_left_by_a_version_without_leases_is_judged_by_its_age()
    {
        Assert.Null(Initializing(null, Now).WhySetupAbandoned(Now));
        Assert.NotNull(Initializing(null, Now.AddMinutes(-1)).WhySetupAbandoned(Now));
    }

    [Fact]
    public void Only_an_initializing_tenant_can_be_abandoned()
    {
        var lease = SetupLease.ForThisProcess(Now) with { HeartbeatUtc = Now.AddHours(-1) };

        Assert.Null((Initializing(lease) with { State = TenantState.Running }).WhySetupAbandoned(Now));
    }
}
