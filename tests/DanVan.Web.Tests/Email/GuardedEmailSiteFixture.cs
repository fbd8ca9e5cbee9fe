namespace DanVan.Web.Tests.Email;

/// <summary>The e-mail site as an operator runs it by default: tenants' own servers must be public hosts on mail ports.</summary>
public sealed class GuardedEmailSiteFixture : EmailSiteFixture
{
    protected override bool AllowPrivateTenantHosts => false;
}
