namespace DanVan.Web.Tests;

/// <summary>
/// One provisioned site shared by test classes that read pages and add only what they name themselves (their own
/// articles, uploads, users): starting a host and setting up three tenants costs more than most of their tests. The
/// classes of a collection run one after another, so they never see each other mid-test. Classes that change shared
/// state — disable a tenant, toggle features, rate limits, the tenant store on disk — keep a site of their own.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReaderSiteCollection : ICollectionFixture<ProvisionedSiteFixture>
{
    public const string Name = "Shared site: reader pages and media";
}

/// <inheritdoc cref="ReaderSiteCollection"/>
[CollectionDefinition(Name)]
public sealed class AdminSiteCollection : ICollectionFixture<ProvisionedSiteFixture>
{
    public const string Name = "Shared site: admin pages and sign-in";
}
