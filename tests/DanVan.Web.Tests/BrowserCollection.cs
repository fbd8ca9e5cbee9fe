namespace DanVan.Web.Tests;

/// <summary>The Chromium tests run on their own, after the others: on two cores, a browser next to the rest only times out.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
