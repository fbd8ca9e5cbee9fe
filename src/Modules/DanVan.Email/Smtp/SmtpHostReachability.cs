using DanVan.Orchard.Health;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Email.Smtp;

/// <summary>
/// Whether this node last reached the host-wide mail server, and when (on the health checks' clock): told by the
/// outbox after each batch it hands to that server, and by the health check's own check. The health check answers
/// from it while it is recent, so a load balancer's polling does not open a mail connection on every node each time.
/// </summary>
public sealed class SmtpHostReachability([FromKeyedServices(HealthTags.ClockKey)] TimeProvider clock)
{
    private Seen? _last;

    public Seen? Last => Volatile.Read(ref _last);

    public Seen Report(bool reachable)
    {
        var seen = new Seen(reachable, clock.GetUtcNow());
        Volatile.Write(ref _last, seen);
        return seen;
    }

    public sealed record Seen(bool Reachable, DateTimeOffset At);
}
