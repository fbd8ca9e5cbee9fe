namespace DanVan.Orchard.Display;

/// <summary>The <c>DanVan:PublishedViewCache</c> configuration section (<see cref="PublishedViewCache"/>).</summary>
public sealed class PublishedViewCacheOptions
{
    public const string SectionName = "DanVan:PublishedViewCache";

    /// <summary>
    /// The most memory the cached view models of published items may take, in MiB, over all tenants (estimated from
    /// their text). 0 turns the cache off: every page reads its item from the database. An article's model is ~10–30 KB.
    /// </summary>
    public int SizeLimitMB { get; set; } = 32;
}
