namespace DanVan.Orchard.SiteTransfer;

/// <summary>
/// A module's part of a tenant's export (Orchard's deployment source): the recipe steps that bring its data back, and
/// the files they need. A source runs only in a tenant where its module's feature is on.
/// </summary>
public interface ISiteExportSource
{
    /// <summary>Where its steps go in the recipe (see <see cref="SiteExportOrder"/>): features before what needs them.</summary>
    int Order { get; }

    Task ExportAsync(SiteExportContext context, CancellationToken cancellationToken);
}
