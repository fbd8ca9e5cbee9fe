using DanVan.Email.Outbox;
using DanVan.Email.Smtp;
using Microsoft.Extensions.Options;

namespace DanVan.Orchard.Tests.Email;

/// <summary>A mail timeout that leaves the lease no room for a message is refused at start, in one line naming the key.</summary>
public sealed class SmtpHostOptionsValidatorTests
{
    [Theory]
    [InlineData(100)]
    [InlineData(300)]
    public void A_timeout_of_a_third_of_the_lease_or_more_is_refused(int seconds)
    {
        var result = Validate(TimeSpan.FromSeconds(seconds), TimeSpan.FromMinutes(5));

        Assert.True(result.Failed);
        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("DanVan:Email:Smtp:Timeout must be under a third of DanVan:Email:Outbox:LeaseDuration (00:05:00)", failure);
        Assert.DoesNotContain('\n', failure);
    }

    [Fact]
    public void A_timeout_under_a_third_of_the_lease_is_accepted_and_a_longer_lease_allows_a_longer_one()
    {
        Assert.True(Validate(TimeSpan.FromSeconds(99), TimeSpan.FromMinutes(5)).Succeeded);
        Assert.True(Validate(TimeSpan.FromSeconds(100), TimeSpan.FromMinutes(6)).Succeeded);
        Assert.True(Validate(TimeSpan.Zero, TimeSpan.FromMinutes(5)).Failed);
    }

    private static ValidateOptionsResult Validate(TimeSpan timeout, TimeSpan lease) =>
        new SmtpHostOptionsValidator(Options.Create(new OutboxOptions { LeaseDuration = lease }))
            .Validate(null, new SmtpHostOptions { Timeout = timeout });
}
