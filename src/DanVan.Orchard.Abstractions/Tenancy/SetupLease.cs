using System.ComponentModel;
using System.Diagnostics;

namespace DanVan.Orchard.Tenancy;

/// <summary>
/// Who is setting a tenant up, kept in the tenant's settings while it is Initializing: the process (id, machine, when
/// it started), a token of this attempt, and the last time that process said it was still at work. Another process
/// (the site, the CLI) can thus tell at once that a setup was interrupted — its process is gone, or it stopped
/// renewing the lease — and let it be retried or removed, instead of waiting for an age limit.
/// </summary>
public sealed record SetupLease
{
    /// <summary>How often a running setup renews its lease.</summary>
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(5);

    /// <summary>A lease not renewed for this long belongs to a setup that stopped (a process frozen, or on another machine and gone).</summary>
    public static readonly TimeSpan ExpiresAfter = TimeSpan.FromSeconds(15);

    public required int ProcessId { get; init; }

    public required string MachineName { get; init; }

    /// <summary>When the owning process started: a process id reused by a later process does not pass for the owner.</summary>
    public required DateTime ProcessStartedUtc { get; init; }

    /// <summary>This attempt; a renewal from an earlier attempt of the same tenant must not extend a newer one.</summary>
    public required string Token { get; init; }

    public required DateTime HeartbeatUtc { get; init; }

    public static SetupLease ForThisProcess(DateTime nowUtc)
    {
        using var self = Process.GetCurrentProcess();
        return new SetupLease
        {
            ProcessId = Environment.ProcessId,
            MachineName = Environment.MachineName,
            ProcessStartedUtc = self.StartTime.ToUniversalTime(),
            Token = Guid.NewGuid().ToString("N"),
            HeartbeatUtc = nowUtc,
        };
    }

    /// <summary>
    /// Why the setup holding this lease is over although the tenant still says Initializing, or null while it may be
    /// running: the lease expired, or its process (on this machine) is gone.
    /// </summary>
    public string? WhyAbandoned(DateTime nowUtc)
    {
        // The process is asked first when it ran here: "it is gone" says more than "its lease ran out", which a slow
        // machine can also reach between a kill and the question.
        if (string.Equals(MachineName, Environment.MachineName, StringComparison.OrdinalIgnoreCase) && WhyProcessGone() is { } gone)
        {
            return gone;
        }

        return nowUtc - HeartbeatUtc > ExpiresAfter
            ? $"process {ProcessId} on {MachineName} has not renewed its setup lease since {HeartbeatUtc:u}"
            : null;
    }

    private string? WhyProcessGone()
    {
        try
        {
            using var process = Process.GetProcessById(ProcessId);
            var started = process.StartTime.ToUniversalTime();
            return (started - ProcessStartedUtc).Duration() > TimeSpan.FromSeconds(1)
                ? $"process {ProcessId} on {MachineName} is gone (the id now belongs to another process)"
                : null;
        }
        catch (ArgumentException)
        {
            return $"process {ProcessId} on {MachineName} is gone";
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // The process exists but cannot be inspected (it exited meanwhile, or no rights): the lease decides.
            return null;
        }
    }
}
