namespace DanVan.Web.Tests.Feedback;

/// <summary>The feedback test classes share one site (a host, three tenants, an SMTP and a siteverify server); they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class FeedbackSiteCollection : ICollectionFixture<FeedbackSiteFixture>
{
    public const string Name = "Shared site: reader feedback";
}
